package frl.ienline.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code @Scheduled} method that must run on every application node, because it refreshes what that
 * node holds in memory (ADR 0021). Every other scheduled method carries ShedLock's {@code @SchedulerLock} and
 * runs on one node per schedule; {@code ScheduledJobsTests} fails for a scheduled method with neither.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EveryNode {

    /** Why this job runs on every node. */
    String value();
}
