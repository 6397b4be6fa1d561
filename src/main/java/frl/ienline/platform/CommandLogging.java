package frl.ienline.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/** For commands that run without Spring: Logback would otherwise print every debug line of their libraries. */
public final class CommandLogging {

    private CommandLogging() {
    }

    /** Warnings and errors only. */
    public static void quiet() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        }
    }
}
