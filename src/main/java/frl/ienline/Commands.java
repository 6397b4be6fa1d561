package frl.ienline;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Dispatches {@code java -jar ienline.jar <module> <command> ...} before Spring starts, so batch tools
 * need no web server and no database. Each module registers its commands here by name.
 */
final class Commands {

    private static final Map<String, ToIntFunction<String[]>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("help", args -> usage(System.out));
        COMMANDS.put("db", frl.ienline.platform.DatabaseCommand::run);
        COMMANDS.put("audit", frl.ienline.audit.AuditCommand::run);
        COMMANDS.put("rulebook", frl.ienline.rulebook.RulebookCommand::run);
        COMMANDS.put("adintel", frl.ienline.adintel.engine.cli.AdintelCommand::run);
        COMMANDS.put("reporting", frl.ienline.reporting.ReportingCommand::run);
    }

    private Commands() {
    }

    static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.containsKey(args[0]);
    }

    static int run(String[] args) {
        return COMMANDS.get(args[0]).applyAsInt(Arrays.copyOfRange(args, 1, args.length));
    }

    private static int usage(PrintStream out) {
        out.println("Usage: java -jar ienline.jar [command ...]");
        out.println("Without a command the web application starts. Commands:");
        COMMANDS.keySet().forEach(name -> out.println("  " + name));
        return 0;
    }
}
