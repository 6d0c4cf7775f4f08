package io.wiredesk.app.cli;

import java.util.concurrent.CountDownLatch;

/** Blocks a long-running command until the process is asked to stop (Ctrl-C, SIGTERM). */
final class CtrlC {
    private CtrlC() {
    }

    static void await() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "wiredesk-shutdown"));
        stop.await();
    }
}
