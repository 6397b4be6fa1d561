package frl.ienline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * ienline: one modular monolith for the Frisian joint approach to sex work.
 * Command-line tools (see {@link Commands}) run without Spring, web server or database.
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(systemName = "ienline", sharedModules = "shared")
public class IenlineApplication {

    public static void main(String[] args) {
        if (Commands.handles(args)) {
            System.exit(Commands.run(args));
        }
        SpringApplication.run(IenlineApplication.class, args);
    }
}
