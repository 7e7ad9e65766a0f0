package org.dateline.pipeline;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.dateline.diag.Reporter;
import org.dateline.testing.TestSites;

/**
 * The child JVM of {@link KilledBuildTest}: builds {@code args[0]} into {@code args[1]} and, once
 * {@code args[2]} pages have been handed to the staging folder, says {@value #WRITING} on stdout and
 * stops every page worker there for good, so the parent kills it mid-write, never by chance.
 */
final class StallingBuild {

    static final String WRITING = "writing";

    private StallingBuild() {
    }

    public static void main(String[] args) {
        int stallAt = Integer.parseInt(args[2]);
        CountDownLatch never = new CountDownLatch(1);
        Reporter stalling = new Reporter.Silent() {
            @Override
            public void progress(String stage, int done, int total) {
                if (stage.equals("rendering pages") && done >= stallAt) {
                    if (done == stallAt) {
                        System.out.println(WRITING);
                        System.out.flush();
                    }
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        new BuildPipeline(stalling, 2).build(new BuildRequest(Path.of(args[0]), Path.of(args[1]), false, false,
                Optional.empty(), TestSites.CLOCK));
    }
}
