package io.logicminer.bittensor.crypto;

import java.nio.charset.StandardCharsets;

/**
 * STROBE-128 (STROBE v1.0.2 over Keccak-f[1600], 128-bit security), restricted to the operations a
 * Merlin transcript uses: {@code meta-AD}, {@code AD}, {@code PRF} and {@code KEY}.
 *
 * <p>Mutable and not thread-safe; {@link #copy()} forks the state (Merlin's transcript RNG does).
 */
final class Strobe128 {

    /** Rate in bytes: 200 - 2 * (128 / 8) - 2. */
    static final int RATE = 166;

    private static final int FLAG_I = 1;
    private static final int FLAG_A = 1 << 1;
    private static final int FLAG_C = 1 << 2;
    private static final int FLAG_T = 1 << 3;
    private static final int FLAG_M = 1 << 4;
    private static final int FLAG_K = 1 << 5;

    private final byte[] state;
    private int position;
    private int positionBegin;
    private int currentFlags;

    Strobe128(byte[] protocolLabel) {
        state = new byte[KeccakF1600.STATE_BYTES];
        state[0] = 1;
        state[1] = (byte) (RATE + 2);
        state[2] = 1;
        state[3] = 0;
        state[4] = 1;
        state[5] = 96;
        byte[] version = "STROBEv1.0.2".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(version, 0, state, 6, version.length);
        KeccakF1600.permute(state);
        metaAd(protocolLabel, false);
    }

    private Strobe128(Strobe128 other) {
        state = other.state.clone();
        position = other.position;
        positionBegin = other.positionBegin;
        currentFlags = other.currentFlags;
    }

    Strobe128 copy() {
        return new Strobe128(this);
    }

    void metaAd(byte[] data, boolean more) {
        beginOperation(FLAG_M | FLAG_A, more);
        absorb(data);
    }

    void ad(byte[] data, boolean more) {
        beginOperation(FLAG_A, more);
        absorb(data);
    }

    void prf(byte[] out, boolean more) {
        beginOperation(FLAG_I | FLAG_A | FLAG_C, more);
        squeeze(out);
    }

    void key(byte[] data, boolean more) {
        beginOperation(FLAG_A | FLAG_C, more);
        overwrite(data);
    }

    private void runF() {
        state[position] ^= (byte) positionBegin;
        state[position + 1] ^= 0x04;
        state[RATE + 1] ^= (byte) 0x80;
        KeccakF1600.permute(state);
        position = 0;
        positionBegin = 0;
    }

    private void absorb(byte[] data) {
        for (byte b : data) {
            state[position++] ^= b;
            if (position == RATE) {
                runF();
            }
        }
    }

    private void overwrite(byte[] data) {
        for (byte b : data) {
            state[position++] = b;
            if (position == RATE) {
                runF();
            }
        }
    }

    private void squeeze(byte[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = state[position];
            state[position++] = 0;
            if (position == RATE) {
                runF();
            }
        }
    }

    private void beginOperation(int flags, boolean more) {
        if (more) {
            if (currentFlags != flags) {
                throw new IllegalStateException("STROBE: continued operation with flags " + flags
                    + " but the current operation has flags " + currentFlags);
            }
            return;
        }
        if ((flags & FLAG_T) != 0) {
            throw new IllegalStateException("STROBE: transport operations are not supported");
        }
        int oldBegin = positionBegin;
        positionBegin = position + 1;
        currentFlags = flags;
        absorb(new byte[] {(byte) oldBegin, (byte) flags});
        boolean forceF = (flags & (FLAG_C | FLAG_K)) != 0;
        if (forceF && position != 0) {
            runF();
        }
    }
}
