package org.dateline.assemble;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every file of a built site, sorted by path. */
public record SiteOutput(List<OutputFile> files) {
    public SiteOutput {
        files = files.stream().sorted(Comparator.comparing(OutputFile::path)).toList();
    }

    public Optional<OutputFile> find(String path) {
        return files.stream().filter(file -> file.path().equals(path)).findFirst();
    }
}
