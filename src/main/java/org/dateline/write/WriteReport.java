package org.dateline.write;

import java.nio.file.Path;

/** What the write stage did: how many files it wrote and where. */
public record WriteReport(Path output, int pages, int staticFiles, long bytes) {

    public int files() {
        return pages + staticFiles;
    }
}
