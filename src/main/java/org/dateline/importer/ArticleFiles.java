package org.dateline.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;

/**
 * Creates new files in a site: only below the site folder, never over an existing file (the
 * file system refuses atomically, so two runs at once cannot both write one path), never through a
 * symbolic link.
 */
public final class ArticleFiles {

    /** True when {@code relPath} already exists (as anything, a dangling link included). */
    public boolean exists(Path site, String relPath) {
        return Files.exists(site.resolve(relPath), LinkOption.NOFOLLOW_LINKS);
    }

    /** Writes {@code text} to the new file {@code relPath}; an error if anything is there already. */
    public void createNew(Path site, String relPath, String text) {
        Path root = site.toAbsolutePath().normalize();
        Path file = root.resolve(relPath).normalize();
        if (!file.startsWith(root.resolve("content"))) {
            throw new IllegalArgumentException("not below content/: " + relPath);
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (FileAlreadyExistsException e) {
            throw DatelineException.at(SourcePosition.of(relPath), "refusing to overwrite: the file already exists",
                    "choose another headline, or edit the existing file");
        } catch (IOException e) {
            throw new DatelineException(Problem.error(SourcePosition.of(relPath), "cannot write the file: "
                    + e.getMessage(), "check the folder's permissions"), e);
        }
    }
}
