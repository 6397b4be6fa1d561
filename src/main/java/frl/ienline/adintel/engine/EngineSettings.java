package frl.ienline.adintel.engine;

import frl.ienline.adintel.engine.cluster.ClusterSettings;
import frl.ienline.adintel.engine.network.NetworkSettings;
import java.util.Objects;

/** The settings of the whole engine. */
public record EngineSettings(ClusterSettings clusters, NetworkSettings networks) {

    public static final EngineSettings DEFAULT = new EngineSettings(ClusterSettings.DEFAULT, NetworkSettings.DEFAULT);

    public EngineSettings {
        Objects.requireNonNull(clusters, "clusters");
        Objects.requireNonNull(networks, "networks");
    }
}
