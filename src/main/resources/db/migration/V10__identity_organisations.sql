-- Identity: the organisations staff work for. A municipality's code is its CBS code; names exactly as
-- the municipalities write them (diacritics included). Changed only by migration.
CREATE SCHEMA identity;

CREATE TABLE identity.organisation
(
    code TEXT PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,31}$'),
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('municipality', 'riec', 'police', 'ggd', 'care', 'sdf')),
    CHECK (kind <> 'municipality' OR code ~ '^GM[0-9]{4}$')
);

INSERT INTO identity.organisation (code, name, kind)
VALUES ('GM0059', 'Achtkarspelen', 'municipality'),
       ('GM0060', 'Ameland', 'municipality'),
       ('GM1891', 'Dantumadiel', 'municipality'),
       ('GM1940', 'De Fryske Marren', 'municipality'),
       ('GM0072', 'Harlingen', 'municipality'),
       ('GM0074', 'Heerenveen', 'municipality'),
       ('GM0080', 'Leeuwarden', 'municipality'),
       ('GM1970', 'Noardeast-Fryslân', 'municipality'),
       ('GM0085', 'Ooststellingwerf', 'municipality'),
       ('GM0086', 'Opsterland', 'municipality'),
       ('GM0088', 'Schiermonnikoog', 'municipality'),
       ('GM0090', 'Smallingerland', 'municipality'),
       ('GM1900', 'Súdwest-Fryslân', 'municipality'),
       ('GM0093', 'Terschelling', 'municipality'),
       ('GM0737', 'Tytsjerksteradiel', 'municipality'),
       ('GM0096', 'Vlieland', 'municipality'),
       ('GM1949', 'Waadhoeke', 'municipality'),
       ('GM0098', 'Weststellingwerf', 'municipality'),
       ('RIEC-NN', 'RIEC Noord-Nederland', 'riec'),
       ('POLITIE-NN', 'Politie Eenheid Noord-Nederland', 'police'),
       ('GGD-FRYSLAN', 'GGD Fryslân', 'ggd'),
       ('FIER', 'Fier', 'care'),
       ('XENIA', 'Xenia', 'care'),
       ('LEGER-DES-HEILS', 'Leger des Heils', 'care'),
       ('SDF', 'Sociaal Domein Fryslân', 'sdf');

GRANT USAGE ON SCHEMA identity TO ${appRole};
GRANT SELECT ON identity.organisation TO ${appRole};
