package org.homeward.api.alerts;

import java.io.IOException;
import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The embedded MongoDB-wire server in a process of its own, for {@link LadderBenchmark}: so that the
 * application's resident memory is measured without the database's (in production the database is
 * elsewhere). Prints its port ({@link #PORT}), then serves until its standard input closes.
 */
final class EmbeddedMongoProcess {

    /** The line that tells the port (the server's log lines come before and after it). */
    static final String PORT = "EMBEDDED-MONGO-PORT ";

    private EmbeddedMongoProcess() {
    }

    public static void main(String[] args) throws IOException {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        System.out.println(PORT + address.getPort());
        System.out.flush();
        while (System.in.read() >= 0) {
            // serve until the benchmark closes our input (or dies)
        }
        server.shutdownNow();
    }
}
