-- Migrations run as their own step with the owner's credentials (java -jar ienline.jar db migrate); the
-- running application holds only its own role and refuses to start while the schema is behind. To tell,
-- it reads Flyway's history, nothing more (docs/adr/0014-logs-an-insider-cannot-rewrite.md, review H2).
GRANT SELECT ON ${flyway:defaultSchema}."${flyway:table}" TO ${appRole};
