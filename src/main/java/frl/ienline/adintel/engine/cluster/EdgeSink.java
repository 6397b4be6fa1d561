package frl.ienline.adintel.engine.cluster;

/** Receives each verified near-duplicate pair that joined two clusters. */
@FunctionalInterface
public interface EdgeSink {

    EdgeSink NONE = (a, b) -> { };

    void edge(int a, int b);
}
