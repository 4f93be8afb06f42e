import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;

public class DefineMlp {
    public static void main(String[] args) {
        // Parsed by the site's tests, not run: Maven artefacts cannot be fetched on its machines.
        // A configuration only describes the network; no weights exist yet.
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
            .seed(42)
            .weightInit(WeightInit.RELU) // He initialisation, suited to ReLU layers
            .list()
            .layer(new DenseLayer.Builder().nIn(20).nOut(64).activation(Activation.RELU).build())
            .layer(new DenseLayer.Builder().nIn(64).nOut(64).activation(Activation.RELU).build())
            // Raw logits, as the spec asks: a plain dense layer with no activation. (To train, the
            // last layer would be an OutputLayer that owns the loss, as in the training loop.)
            .layer(new DenseLayer.Builder().nIn(64).nOut(3).activation(Activation.IDENTITY).build())
            .build();

        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init(); // allocates and initialises the parameters

        Nd4j.getRandom().setSeed(42);
        INDArray x = Nd4j.randn(DataType.FLOAT, 8, 20);
        INDArray logits = net.output(x); // inference mode: no dropout, no training state

        System.out.println("output shape: " + Arrays.toString(logits.shape())
                + ", parameters: " + net.numParams());
        if (!Arrays.equals(logits.shape(), new long[] {8, 3})) {
            throw new IllegalStateException("expected 8 rows of 3 class scores");
        }
        if (net.numParams() != 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3) {
            throw new IllegalStateException("unexpected parameter count");
        }
        // ND4J's generator is not NumPy's, so the input and weights (and these logits) are its
        // own; the parameter count and shape are the spec's.
        System.out.println("RESULT {\"params\": " + net.numParams() + ", \"shape\": [8, 3], \"logits_row0\": "
                + Arrays.toString(logits.getRow(0).toFloatVector()) + ", \"logits_sum\": "
                + logits.sumNumber().floatValue() + "}");
    }
}
