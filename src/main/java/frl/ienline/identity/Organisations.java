package frl.ienline.identity;

import frl.ienline.shared.MunicipalityCode;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organisations staff can belong to: the 18 Frisian municipalities, RIEC, police, GGD, care
 * organisations and Sociaal Domein Fryslân. Seeded by migration and changed only by migration, so
 * the list is read once and kept.
 */
@Component
public class Organisations {

    private final JdbcClient jdbc;
    private volatile List<Organisation> cached;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All organisations: municipalities first, then the others, each group alphabetically (Dutch). */
    public List<Organisation> all() {
        List<Organisation> list = cached;
        if (list == null) {
            Collator dutch = Collator.getInstance(Locale.of("nl"));
            list = jdbc.sql("SELECT code, name, kind FROM identity.organisation")
                    .query((rs, n) -> new Organisation(rs.getString("code"), rs.getString("name"),
                            OrganisationKind.ofCode(rs.getString("kind"))))
                    .list().stream()
                    .sorted(Comparator.comparing((Organisation o) -> o.kind() != OrganisationKind.MUNICIPALITY)
                            .thenComparing(Organisation::name, dutch))
                    .toList();
            cached = list;
        }
        return list;
    }

    public Optional<Organisation> find(String code) {
        return all().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /** The 18 municipalities, alphabetically. */
    public List<Organisation> municipalities() {
        return all().stream().filter(o -> o.kind() == OrganisationKind.MUNICIPALITY).toList();
    }

    /** The name of a municipality, or its code when unknown. */
    public String municipalityName(MunicipalityCode code) {
        return find(code.value()).map(Organisation::name).orElse(code.value());
    }
}
