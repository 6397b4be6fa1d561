package frl.ienline.audit;

import frl.ienline.audit.internal.AccessLogKeys;
import frl.ienline.audit.internal.ChainVerifier;
import frl.ienline.platform.CommandDatabase;
import frl.ienline.platform.CommandLogging;
import frl.ienline.platform.logchain.ChainKeys;
import frl.ienline.platform.logchain.ChainVerification;
import frl.ienline.platform.logchain.Checkpoint;
import frl.ienline.platform.logchain.CheckpointSigner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@code java -jar ienline.jar audit verify [--data-dir DIR] [--checkpoint FILE ...]}: verifies the access
 * log's keyed chain without Spring, web server or Flyway, as the application role (it only reads), reports
 * every break, and with a checkpoint file also whether entries were cut off the end or rewritten after it.
 * Connects to the external database of {@code IENLINE_DB_URL} / {@code IENLINE_DB_APP_USER} /
 * {@code IENLINE_DB_APP_PASSWORD} (the names of application-prod.yml) when {@code IENLINE_DB_URL} is set,
 * otherwise opens the embedded data folder itself, which works only while no ienline runs on it. The chain
 * keys come from {@code IENLINE_AUDIT_CHAIN_KEYS_<ID>}, or for the embedded database from the development
 * key file.
 *
 * <p>Exit status: 0 intact, 1 broken, 2 usage error, 3 could not verify (database not reachable or in use,
 * no chain key, a checkpoint whose signature does not hold).
 */
public final class AuditCommand {

    public static final int INTACT = 0;
    public static final int BROKEN = 1;
    public static final int USAGE = 2;
    public static final int CANNOT_VERIFY = 3;

    static final String DB_URL = "IENLINE_DB_URL";
    static final String DB_USER = "IENLINE_DB_APP_USER";
    static final String DB_PASSWORD = "IENLINE_DB_APP_PASSWORD";
    static final Path DEFAULT_DATA_DIR = Path.of("data", "postgres");

    static final String HELP = """
            Usage: java -jar ienline.jar audit verify [--data-dir DIR] [--checkpoint FILE ...]

            Verifies the keyed chain of the access log and prints OK with figures, or BROKEN with every break.
            With --checkpoint (a signed checkpoint file from /app/toegangslog/controlepunten or its e-mail) it
            also reports entries cut off the end or rewritten after that checkpoint.
            Database: the external PostgreSQL of IENLINE_DB_URL, IENLINE_DB_APP_USER and IENLINE_DB_APP_PASSWORD
            when IENLINE_DB_URL is set; otherwise the embedded database in DIR (default data/postgres), which
            must not be in use by a running ienline (stop it, or use the auditor page /app/toegangslog).
            Keys: IENLINE_AUDIT_CHAIN_KEYS_<ID> (and IENLINE_AUDIT_CHAIN_CURRENT_KEY_ID), as the application has
            them; for the embedded database the development key file data/keys/access-log-chain.keys.
            Checkpoint signatures are checked against IENLINE_LOG_CHECKPOINT_PUBLIC_KEY when set.
            Exit status: 0 intact, 1 broken, 2 usage error, 3 could not verify.""";

    /** Where the log is: an external database or the embedded data folder. */
    sealed interface Target {
        record External(String url, String user, String password) implements Target {
        }

        record Embedded(Path dataDirectory) implements Target {
        }
    }

    /** What to verify: where the log is and the checkpoint files to compare it with. */
    record Request(Target target, List<Path> checkpoints) {
    }

    /** An open database and what to close after the check. */
    record OpenDatabase(DataSource dataSource, AutoCloseable resources) {
    }

    /** Opens the target; a {@link CannotVerify} says in words why it could not. */
    @FunctionalInterface
    interface Opener {
        OpenDatabase open(Target target);
    }

    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }

    static final class CannotVerify extends RuntimeException {
        CannotVerify(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private AuditCommand() {
    }

    /** Entry point from {@code frl.ienline.Commands}. */
    public static int run(String[] args) {
        CommandLogging.quiet(); // without Spring, every debug line of the embedded PostgreSQL
        return run(args, System.getenv(), AuditCommand::open, System.out, System.err);
    }

    static int run(String[] args, Map<String, String> env, Opener opener, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(HELP);
            return INTACT;
        }
        Request request;
        try {
            request = parseRequest(args, env);
        } catch (UsageError e) {
            err.println("audit: " + e.getMessage());
            err.println();
            err.println(HELP);
            return USAGE;
        }
        Target target = request.target();
        out.println(target instanceof Target.Embedded embedded
                ? "Verifying the access log in the embedded database in " + embedded.dataDirectory().toAbsolutePath()
                : "Verifying the access log in the external database of " + DB_URL);
        try {
            OpenDatabase database = opener.open(target);
            try {
                ChainKeys keys = keys(target, env);
                List<Checkpoint> checkpoints = checkpoints(request.checkpoints(), env, out);
                ChainVerification verification = new ChainVerifier(database.dataSource(), keys).verify(checkpoints);
                out.println(verification.summary());
                return verification.intact() ? INTACT : BROKEN;
            } finally {
                database.resources().close();
            }
        } catch (CannotVerify e) {
            err.println("ERROR: " + e.getMessage());
            return CANNOT_VERIFY;
        } catch (Exception e) {
            err.println("ERROR: could not verify the access log: " + e.getMessage());
            return CANNOT_VERIFY;
        }
    }

    /**
     * The chain keys: the variables, as the application has them; for the embedded database without them
     * the development key file the application generated.
     */
    static ChainKeys keys(Target target, Map<String, String> env) {
        Map<String, String> configured = ChainKeys.fromVariables(env, AccessLogKeys.VARIABLE_PREFIX);
        try {
            if (!configured.isEmpty()) {
                return ChainKeys.of(configured, env.get(AccessLogKeys.CURRENT_VARIABLE), AccessLogKeys.VARIABLE_PREFIX + "<ID>");
            }
            if (target instanceof Target.Embedded) {
                Path file = Path.of(AccessLogKeys.DEVELOPMENT_FILE);
                return ChainKeys.existingDevelopmentKeys(file)
                        .map(keys -> ChainKeys.of(keys, null, "the development key file " + file))
                        .orElseThrow(() -> new CannotVerify("no chain key: set " + AccessLogKeys.VARIABLE_PREFIX
                                + "<ID>, or run from the folder that holds " + file, null));
            }
        } catch (IllegalStateException badKey) {
            throw new CannotVerify(badKey.getMessage(), badKey);
        }
        throw new CannotVerify("no chain key: set " + AccessLogKeys.VARIABLE_PREFIX + "<ID> (and "
                + AccessLogKeys.CURRENT_VARIABLE + ") as the application has them", null);
    }

    /**
     * Reads the checkpoint files and checks each signature: against {@code IENLINE_LOG_CHECKPOINT_PUBLIC_KEY}
     * (or the public half of {@code IENLINE_LOG_CHECKPOINT_KEY}) when set, otherwise against the key in the
     * file, whose fingerprint is printed to compare with the one on the privacy officer's page.
     */
    static List<Checkpoint> checkpoints(List<Path> files, Map<String, String> env, PrintStream out) {
        String trusted = blankToNull(env.get(CheckpointSigner.PUBLIC_VARIABLE));
        if (trusted == null && blankToNull(env.get(CheckpointSigner.VARIABLE)) != null) {
            trusted = CheckpointSigner.of(env.get(CheckpointSigner.VARIABLE)).publicKey();
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (Path file : files) {
            Checkpoint checkpoint;
            try {
                checkpoint = Checkpoint.parse(Files.readString(file));
            } catch (IOException e) {
                throw new CannotVerify("could not read the checkpoint " + file + ": " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new CannotVerify(file + " is not a checkpoint of ienline: " + e.getMessage(), e);
            }
            if (!ChainVerifier.LOG.equals(checkpoint.log())) {
                throw new CannotVerify(file + " is a checkpoint of the " + checkpoint.log() + ", not of the access log", null);
            }
            String key = trusted == null ? checkpoint.publicKey() : trusted;
            if (!CheckpointSigner.verifies(checkpoint, key)) {
                throw new CannotVerify(file + ": the signature does not hold (key " + CheckpointSigner.fingerprint(key)
                        + "); this checkpoint was not made by ienline or was changed", null);
            }
            out.println("Checkpoint " + file.getFileName() + ": entry " + checkpoint.seq() + " of "
                    + checkpoint.createdAt() + ", signed by key " + CheckpointSigner.fingerprint(key)
                    + (trusted == null ? " (the key in the file: compare this fingerprint with the privacy officer's)" : ""));
            checkpoints.add(checkpoint);
        }
        return checkpoints;
    }

    static Target parse(String[] args, Map<String, String> env) {
        return parseRequest(args, env).target();
    }

    static Request parseRequest(String[] args, Map<String, String> env) {
        if (args.length == 0) {
            throw new UsageError("missing subcommand");
        }
        if (!args[0].equals("verify")) {
            throw new UsageError("unknown subcommand '" + args[0] + "'");
        }
        Path dataDirectory = null;
        List<Path> checkpoints = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!option.equals("--data-dir") && !option.equals("--checkpoint")) {
                throw new UsageError("unknown argument '" + arg + "'");
            }
            String what = option.equals("--data-dir") ? "a folder" : "a file";
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else {
                if (i + 1 >= args.length) {
                    throw new UsageError(option + " needs " + what);
                }
                value = args[++i];
            }
            if (value.isBlank()) {
                throw new UsageError(option + " needs " + what);
            }
            if (option.equals("--checkpoint")) {
                checkpoints.add(Path.of(value));
                continue;
            }
            if (dataDirectory != null) {
                throw new UsageError("--data-dir given twice");
            }
            dataDirectory = Path.of(value);
        }
        String url = blankToNull(env.get(DB_URL));
        if (url == null) {
            return new Request(new Target.Embedded(dataDirectory == null ? DEFAULT_DATA_DIR : dataDirectory), checkpoints);
        }
        if (dataDirectory != null) {
            throw new UsageError("--data-dir is for the embedded database, but " + DB_URL
                    + " is set; leave out one of them");
        }
        String user = blankToNull(env.get(DB_USER));
        String password = env.get(DB_PASSWORD);
        if (user == null || password == null) {
            throw new UsageError(DB_URL + " is set: set " + DB_USER + " and " + DB_PASSWORD + " too");
        }
        return new Request(new Target.External(url, user, password), checkpoints);
    }

    static OpenDatabase open(Target target) {
        try {
            CommandDatabase database = switch (target) {
                case Target.External external -> CommandDatabase.external(external.url(), external.user(),
                        external.password());
                case Target.Embedded embedded -> {
                    requireFreeEmbeddedFolder(embedded.dataDirectory());
                    yield CommandDatabase.embedded(embedded.dataDirectory());
                }
            };
            return new OpenDatabase(database.dataSource(), database);
        } catch (CommandDatabase.Unavailable e) {
            throw new CannotVerify(e.getMessage(), e);
        }
    }

    /**
     * The embedded folder must hold an ienline database and no running ienline may hold it: say so plainly
     * instead of starting a second PostgreSQL on it (and where the chain can be verified meanwhile).
     */
    static void requireFreeEmbeddedFolder(Path folder) {
        try {
            CommandDatabase.requireFree(folder);
        } catch (CommandDatabase.Unavailable e) {
            throw new CannotVerify(e.getMessage() + (e.inUse() ? ". Or verify the chain on the auditor page"
                    + " (/app/toegangslog, 'Keten controleren')." : ""), e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
