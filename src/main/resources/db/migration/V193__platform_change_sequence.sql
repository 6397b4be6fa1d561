-- What one application node holds in memory (the public register snapshot, the ad engine) follows changes
-- made on another node (issue 18, ADR 0021). A change bumps its own node's counter for a topic in the same
-- transaction; every node polls the counters of the other nodes and refreshes what it holds when one moved.
-- One row per topic and node, so two nodes bumping between two polls are both seen.
CREATE TABLE public.change_sequence
(
    topic      TEXT                     NOT NULL, -- e.g. 'register.licences'
    node       UUID                     NOT NULL, -- a random id per running application process
    version    BIGINT                   NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (topic, node)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON public.change_sequence TO ${appRole};
