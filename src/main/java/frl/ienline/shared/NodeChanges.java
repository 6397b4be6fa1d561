package frl.ienline.shared;

/**
 * Keeps what each application node holds in memory in step with changes made on another node (issue 18,
 * ADR 0021), implemented by platform (a polled change sequence in the database). A module that changes
 * shared state announces its topic <em>in the changing transaction</em>; the
 * other nodes notice within the poll interval ({@code ienline.nodes.poll-interval}, 2 s) and call every
 * {@link Follower} of that topic. The announcing node itself is not called: it refreshed already.
 */
public interface NodeChanges {

    /** Records a change of {@code topic} by this node; commits or rolls back with the caller's transaction. */
    void announce(String topic);

    /** Refreshes this node's copy when another node changed the topic. */
    interface Follower {

        String topic();

        /** Called on the polling thread; must be safe to run while requests read the old copy. */
        void changedElsewhere();
    }
}
