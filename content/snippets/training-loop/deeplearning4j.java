import org.deeplearning4j.datasets.iterator.utilty.ListDataSetIterator;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

// Parsed by the site's tests, not run: Maven artefacts cannot be fetched on its machines.
public class TrainingLoop {
    // Three classes: the label of a row x is argmax(x @ w), stored one-hot as DL4J expects.
    static DataSet makeData(INDArray x, INDArray w) {
        INDArray classes = x.mmul(w).argMax(1);
        INDArray y = Nd4j.zeros(DataType.FLOAT, x.rows(), 3);
        for (int i = 0; i < x.rows(); i++) {
            y.putScalar(i, classes.getInt(i), 1.0);
        }
        return new DataSet(x, y);
    }

    public static void main(String[] args) {
        // The spec's recipe with ND4J's own seeded generator (NumPy's has no Java counterpart):
        // one draw of 1 280 rows, the first 1 024 to train on and the last 256 held out.
        Nd4j.getRandom().setSeed(0);
        INDArray all = Nd4j.randn(DataType.FLOAT, 1280, 20);
        INDArray w = Nd4j.randn(DataType.FLOAT, 20, 3);
        DataSet train = makeData(all.get(NDArrayIndex.interval(0, 1024), NDArrayIndex.all()).dup(), w);
        DataSet test = makeData(all.get(NDArrayIndex.interval(1024, 1280), NDArrayIndex.all()).dup(), w);

        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
            .seed(42)
            // The optimizer is part of the configuration: learning rate 1e-3, betas (0.9, 0.999)
            // and epsilon 1e-8, which are also ND4J's defaults, spelled out as the spec asks.
            .updater(new Adam(1e-3, 0.9, 0.999, 1e-8))
            .weightInit(WeightInit.RELU)
            .list()
            .layer(new DenseLayer.Builder().nIn(20).nOut(64).activation(Activation.RELU).build())
            .layer(new DenseLayer.Builder().nIn(64).nOut(64).activation(Activation.RELU).build())
            // Softmax with multi-class cross-entropy is DL4J's form of cross-entropy on logits.
            .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                    .nIn(64).nOut(3).activation(Activation.SOFTMAX).build())
            .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();

        double lossBefore = net.score(train);
        for (int epoch = 0; epoch < 10; epoch++) {
            train.shuffle(epoch); // a new row order every epoch
            // asList() splits the rows; the iterator regroups them into batches of 64 for fit().
            net.fit(new ListDataSetIterator<>(train.asList(), 64));
        }
        double lossAfter = net.score(train);

        Evaluation eval = net.evaluate(new ListDataSetIterator<>(test.asList(), 64));
        System.out.printf("train loss: %.3f -> %.3f%n", lossBefore, lossAfter);
        System.out.printf("test accuracy: %.2f%n", eval.accuracy());
        if (!(lossAfter < lossBefore)) {
            throw new IllegalStateException("training did not lower the loss");
        }
        if (!(eval.accuracy() > 0.85)) {
            throw new IllegalStateException("the model should beat 85% test accuracy");
        }
        System.out.printf("RESULT {\"lr\": 0.001, \"eps\": 1e-8, \"epochs\": 10, \"batch_size\": 64, "
                + "\"train_samples\": %d, \"test_samples\": %d, \"test_accuracy\": %.3f}%n",
                train.numExamples(), test.numExamples(), eval.accuracy());
    }
}
