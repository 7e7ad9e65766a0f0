package org.dateline.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dateline.diag.Problem;
import org.dateline.diag.Reporter;

/** A silent reporter that notes every warning, in order, and the count of each stage, for tests to read. */
public final class RecordingReporter extends Reporter.Silent {

    public final List<Problem> warnings = new ArrayList<>();
    public final Map<String, Integer> stages = new ConcurrentHashMap<>();

    @Override
    public synchronized void warn(Problem problem) {
        warnings.add(problem);
    }

    @Override
    public void stage(String name, int count, java.time.Duration took) {
        stages.put(name, count);
    }
}
