package io.wiredesk.ingest.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark archives ({@code name.tar.xz} unpacking to a folder {@code name}) unpacked once under a work
 * directory (a module's target/), reused when already there. A directory is taken as already unpacked.
 */
public final class DataArchives {
    private static final String DONE_MARKER = ".unpacked";

    private DataArchives() {
    }

    /** The unpacked folder for {@code archiveOrDir}: the directory itself, or the archive unpacked under workDir. */
    public static Path unpacked(Path archiveOrDir, Path workDir) throws IOException {
        if (Files.isDirectory(archiveOrDir)) {
            return archiveOrDir;
        }
        String file = archiveOrDir.getFileName().toString();
        if (!file.endsWith(".tar.xz")) {
            throw new IOException("not a .tar.xz archive nor a directory: " + archiveOrDir);
        }
        Path dir = workDir.resolve(file.substring(0, file.length() - ".tar.xz".length()));
        if (Files.exists(dir.resolve(DONE_MARKER))) {
            return dir;
        }
        Files.createDirectories(workDir);
        Process tar = new ProcessBuilder("tar", "xJf", archiveOrDir.toAbsolutePath().toString(), "-C", workDir.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!tar.waitFor(10, TimeUnit.MINUTES) || tar.exitValue() != 0) {
                tar.destroyForcibly();
                throw new IOException("tar xJf " + archiveOrDir + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while unpacking " + archiveOrDir, e);
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException(archiveOrDir + " did not unpack to " + dir);
        }
        Files.writeString(dir.resolve(DONE_MARKER), "");
        return dir;
    }
}
