package frl.ienline.adintel.engine.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The towns the generator puts in ads ({@code adintel/towns.csv}): Frisian first, some elsewhere. */
public final class Towns {

    /** A town, its municipality and a postcode area in it. */
    public record Town(String name, String municipality, String postcode) {
    }

    private static final List<Town> ALL = load();

    private Towns() {
    }

    public static List<Town> all() {
        return ALL;
    }

    /** Towns in Fryslân (municipality codes of the 18). */
    public static List<Town> frisian() {
        return ALL.stream().filter(t -> Integer.parseInt(t.postcode()) >= 8400 && Integer.parseInt(t.postcode()) < 9300).toList();
    }

    private static List<Town> load() {
        var in = Towns.class.getClassLoader().getResourceAsStream("adintel/towns.csv");
        if (in == null) {
            throw new IllegalStateException("Missing resource adintel/towns.csv");
        }
        List<Town> towns = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(",");
                towns.add(new Town(parts[0], parts[1], parts[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(towns);
    }
}
