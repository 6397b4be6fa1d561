package frl.ienline.adintel.internal;

import frl.ienline.adintel.AdsImported;
import frl.ienline.shared.NodeChanges;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The refresh hook of the in-memory ad engine across application nodes (issue 18, ADR 0021). An import
 * announces itself in its own transaction, a retention run after it deleted ads; another node then marks its
 * engine stale, and its next import starts with the full recomputation from the database. Reading pages read
 * the database and see another node's import at once.
 */
@Component
class EngineAcrossNodes implements NodeChanges.Follower {

    static final String TOPIC = "adintel.ads";

    private final NodeChanges nodes;
    private final AdImports imports;

    EngineAcrossNodes(NodeChanges nodes, AdImports imports) {
        this.nodes = nodes;
        this.imports = imports;
    }

    /** Published inside the import's transaction: the announcement commits with the import. */
    @EventListener
    void on(AdsImported imported) {
        nodes.announce(TOPIC);
    }

    /** Retention deleted stored ads (already committed). */
    void deleted() {
        nodes.announce(TOPIC);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void changedElsewhere() {
        imports.invalidate();
    }
}
