package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's temporary folder is named after its process, so a later server can tell a dead one's (see write's TempFoldersTest). */
class ServerTempFolderTest {

    @Test
    void aStartingServerNamesItsFolderAfterItsProcess(@TempDir Path tmp) {
        try (ServedSite served = new ServedSite(TestSites.copy("serve", tmp), Optional.empty())) {
            served.awaitRebuild();
            String name = served.server.output().getParent().getFileName().toString();
            assertTrue(name.startsWith("dateline-serve-" + ProcessHandle.current().pid() + "-"), name);
        }
    }
}
