package io.logicminer.bittensor.crypto;

import java.util.Random;

/**
 * Prints single-thread sr25519 sign and verify throughput. Not a test; run it as documented in the
 * module README (a JMH-free main: warm-up, then timed rounds).
 */
public final class Sr25519Benchmark {

    private Sr25519Benchmark() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3.0;
        Random random = new Random(1);
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        Sr25519Keypair keypair = Sr25519Keypair.fromMiniSecret(seed);
        byte[] publicKey = keypair.publicKeyBytes();
        Sr25519PublicKey parsed = keypair.publicKey();
        byte[] message = new byte[200]; // about the size of an axon's signed header string
        random.nextBytes(message);
        byte[] signature = keypair.sign(message);

        long sink = 0;
        for (int round = 0; round < 2; round++) {
            String phase = round == 0 ? "warm-up " : "measured";
            System.out.printf("%s sign:                 %,10.0f ops/s%n", phase,
                opsPerSecond(seconds, () -> keypair.sign(message)[0]));
            System.out.printf("%s verify (bytes key):   %,10.0f ops/s%n", phase,
                opsPerSecond(seconds, () -> Sr25519.verify(publicKey, message, signature) ? 1 : 0));
            System.out.printf("%s verify (parsed key):  %,10.0f ops/s%n", phase,
                opsPerSecond(seconds, () -> parsed.verify(message, signature) ? 1 : 0));
        }
        System.out.println(System.getProperty("java.vm.name") + " " + Runtime.version() + ", "
            + Runtime.getRuntime().availableProcessors() + " CPUs" + (sink == 0 ? "" : ""));
    }

    private static double opsPerSecond(double seconds, java.util.function.IntSupplier operation) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long count = 0;
        int sink = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 16; i++) {
                sink += operation.getAsInt();
            }
            count += 16;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (sink == 42) {
            System.out.print("");
        }
        return count / elapsed;
    }
}
