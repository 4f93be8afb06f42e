import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.Arrays;

public class DefineMlp {
    public static void main(String[] args) {
        // A configuration only describes the network; no weights exist yet.
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
            .seed(42)
            .weightInit(WeightInit.RELU) // He initialisation, suited to ReLU layers
            .list()
            .layer(new DenseLayer.Builder().nIn(20).nOut(64).activation(Activation.RELU).build())
            .layer(new DenseLayer.Builder().nIn(64).nOut(64).activation(Activation.RELU).build())
            // The output layer owns the loss; softmax turns the 3 scores into probabilities.
            .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                    .nIn(64).nOut(3).activation(Activation.SOFTMAX).build())
            .build();

        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init(); // allocates and initialises the parameters

        Nd4j.getRandom().setSeed(42);
        INDArray x = Nd4j.randn(DataType.FLOAT, 8, 20);
        INDArray probs = net.output(x); // inference mode: no dropout, no training state

        System.out.println("output shape: " + Arrays.toString(probs.shape())
                + ", parameters: " + net.numParams());
        if (!Arrays.equals(probs.shape(), new long[] {8, 3})) {
            throw new IllegalStateException("expected 8 rows of 3 class scores");
        }
        if (net.numParams() != 20 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3) {
            throw new IllegalStateException("unexpected parameter count");
        }
        if (!probs.sum(1).equalsWithEps(Nd4j.ones(DataType.FLOAT, 8), 1e-5)) {
            throw new IllegalStateException("softmax rows must sum to 1");
        }
    }
}
