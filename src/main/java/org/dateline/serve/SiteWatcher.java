package org.dateline.serve;

import org.dateline.pipeline.ChangeKind;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Watches the site folder's {@code site.yaml} and its {@code content/}, {@code templates/},
 * {@code static/} and {@code data/} folders, recursively; a folder created (or moved in) later is
 * watched too, and the files already inside it count as changed. Hands on paths relative to the
 * site folder. A lost event (the system's queue overflowed) or a watched folder that vanished
 * whole hands on {@link #everything()}.
 */
final class SiteWatcher implements AutoCloseable {

    /** Stands for "assume everything changed": rebuild the whole site. */
    static Path everything() {
        return Path.of("");
    }

    private static final List<String> FOLDERS = List.of("content", "templates", "static", "data");

    private final Path site;
    private final Consumer<List<Path>> onChange;
    private final WatchService watcher;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    SiteWatcher(Path site, Consumer<List<Path>> onChange) throws IOException {
        this.site = site;
        this.onChange = onChange;
        this.watcher = FileSystems.getDefault().newWatchService();
        register(site);
        for (String folder : FOLDERS) {
            Path path = site.resolve(folder);
            if (Files.isDirectory(path)) {
                registerTree(path, new ArrayList<>());
            }
        }
        this.thread = new Thread(this::run, "dateline-serve-watch");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                List<Path> changed = new ArrayList<>();
                handle(key, changed);
                // drain whatever else is ready, so one burst becomes one hand-over
                for (WatchKey more = watcher.poll(); more != null; more = watcher.poll()) {
                    handle(more, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the server is stopping
        }
    }

    private void handle(WatchKey key, List<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                changed.add(everything());
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            Path relative = site.relativize(path);
            if (folder.equals(site) && !FOLDERS.contains(relative.toString())
                    && !relative.toString().equals(ChangeKind.CONFIG_FILE)) {
                continue;
            }
            if (Files.isDirectory(path)) {
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                    registerTree(path, changed);
                }
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE && folders.containsValue(path)) {
                // a folder went (moved away, say): its files were not reported one by one
                changed.add(everything());
                continue;
            }
            changed.add(relative);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /**
     * Watches {@code root} and every folder below it; the files already there count as changed. Each
     * folder is watched before it is listed, so a file or folder created meanwhile is either listed
     * or reported, never missed.
     */
    private void registerTree(Path root, List<Path> changed) {
        try {
            // links are followed, as the build follows a linked content folder
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    register(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    changed.add(site.relativize(file));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    changed.add(everything()); // vanished while being walked, or a loop of links
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            // it cannot be read: rebuild from what is there
            changed.add(everything());
        }
    }

    private void register(Path folder) {
        try {
            WatchKey key = folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
            folders.put(key, folder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // nothing left to release
        }
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
