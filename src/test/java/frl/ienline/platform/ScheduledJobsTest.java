package frl.ienline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every scheduled job runs once per schedule across the nodes (ADR 0021): a {@code @Scheduled} method carries
 * ShedLock's {@code @SchedulerLock} with a name of its own, or says why it runs on every node ({@link EveryNode}).
 * A new job without either fails here.
 */
class ScheduledJobsTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("frl.ienline");

    private static List<JavaMethod> scheduled() {
        return CLASSES.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(Scheduled.class)).toList();
    }

    @Test
    void everyScheduledMethodIsLockedOrRunsOnEveryNodeOnPurpose() {
        List<JavaMethod> jobs = scheduled();
        assertThat(jobs).hasSizeGreaterThanOrEqualTo(13);
        assertThat(jobs).filteredOn(m -> !m.isAnnotatedWith(SchedulerLock.class) && !m.isAnnotatedWith(EveryNode.class))
                .extracting(JavaMethod::getFullName).isEmpty();
        assertThat(jobs).filteredOn(m -> m.isAnnotatedWith(SchedulerLock.class) && m.isAnnotatedWith(EveryNode.class))
                .extracting(JavaMethod::getFullName).isEmpty();
    }

    @Test
    void lockNamesAreUnique() {
        List<String> names = scheduled().stream().filter(m -> m.isAnnotatedWith(SchedulerLock.class))
                .map(m -> m.getAnnotationOfType(SchedulerLock.class).name()).toList();
        assertThat(names).doesNotHaveDuplicates().allMatch(n -> !n.isBlank() && n.length() <= 64);
    }
}
