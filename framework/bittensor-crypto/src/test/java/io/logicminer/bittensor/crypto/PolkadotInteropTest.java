package io.logicminer.bittensor.crypto;

import static io.logicminer.bittensor.crypto.PolkadotJs.hexOrDash;
import static io.logicminer.bittensor.crypto.PolkadotJs.utf8Hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Java against polkadot-js: util-crypto (@scure/sr25519, the keyring) and wasm-crypto (Rust schnorrkel and
 * substrate-bip39). Needs Node and {@code npm ci} in src/test/node; fails (never skips) without them.
 */
class PolkadotInteropTest {

    private static final int CASES = 64;
    private final Random random = new Random(20240611L);

    @Test
    void javaSignaturesVerifyInPolkadotJsAndSchnorrkel() {
        List<String> requests = new ArrayList<>();
        List<Boolean> expected = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            Sr25519Keypair keypair = Sr25519Keypair.fromMiniSecret(randomBytes(32));
            byte[] message = randomBytes(random.nextInt(600));
            byte[] signature = keypair.sign(message);
            requests.add("verify " + Hex.encode(keypair.publicKeyBytes()) + " " + hexOrDash(message) + " "
                + Hex.encode(signature));
            expected.add(true);
            byte[] tampered = signature.clone();
            tampered[random.nextInt(64)] ^= (byte) (1 << random.nextInt(7));
            requests.add("verify " + Hex.encode(keypair.publicKeyBytes()) + " " + hexOrDash(message) + " "
                + Hex.encode(tampered));
            expected.add(false);
        }
        List<String[]> answers = PolkadotJs.run(requests);
        for (int i = 0; i < requests.size(); i++) {
            assertEquals(String.valueOf(expected.get(i)), answers.get(i)[0], "@scure/sr25519: " + requests.get(i));
            assertEquals(String.valueOf(expected.get(i)), answers.get(i)[1], "schnorrkel: " + requests.get(i));
        }
    }

    @Test
    void polkadotJsAndSchnorrkelSignaturesVerifyInJava() {
        List<String> requests = new ArrayList<>();
        List<byte[]> seeds = new ArrayList<>();
        List<byte[]> messages = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            seeds.add(randomBytes(32));
            messages.add(randomBytes(random.nextInt(600)));
            requests.add("sign " + Hex.encode(seeds.get(i)) + " " + hexOrDash(messages.get(i)));
        }
        List<String[]> answers = PolkadotJs.run(requests);
        for (int i = 0; i < CASES; i++) {
            Sr25519Keypair keypair = Sr25519Keypair.fromMiniSecret(seeds.get(i));
            assertEquals(answers.get(i)[0], Hex.encode(keypair.publicKeyBytes()), "public key of seed " + i);
            byte[] pk = Hex.decode(answers.get(i)[0]);
            for (int s = 1; s <= 2; s++) {
                byte[] signature = Hex.decode(answers.get(i)[s]);
                assertTrue(Sr25519.verify(pk, messages.get(i), signature), "case " + i + " signer " + s);
                byte[] otherMessage = (new String(messages.get(i), StandardCharsets.ISO_8859_1) + "x")
                    .getBytes(StandardCharsets.ISO_8859_1);
                assertFalse(Sr25519.verify(pk, otherMessage, signature));
            }
        }
    }

    @Test
    void polkadotJsSecretFormIsAccepted() {
        byte[] seed = randomBytes(32);
        String[] answer = PolkadotJs.run(List.of("secret " + Hex.encode(seed))).get(0);
        Sr25519Keypair keypair = Sr25519Keypair.fromEd25519ExpandedSecret(Hex.decode(answer[1]));
        assertEquals(answer[0], Hex.encode(keypair.publicKeyBytes()));
        assertEquals(answer[0], Hex.encode(Sr25519Keypair.fromMiniSecret(seed).publicKeyBytes()));
    }

    @Test
    void secretUrisGiveTheSameKeysAndAddresses() {
        String dev = SecretUri.DEV_PHRASE;
        String generated = Mnemonic.generate(24);
        List<String> uris = List.of(
            dev + "//Alice", dev + "//Bob", dev + "//Alice//stash", dev, dev + "/soft", dev + "//hard/soft",
            dev + "//0", dev + "//1/2/3", dev + "/0/1", dev + "//Alice///password", dev + "/x///pw", dev + "///pw",
            dev + "//a-junction-name-that-is-longer-than-thirty-two-bytes/and-a-soft-one-that-is-also-long",
            dev + "//bittensor//hotkey/0", dev + "//ünïcödé/名前", dev + "//18446744073709551615",
            generated, generated + "//hotkey", generated + "//hotkey/7///correct horse battery staple",
            Mnemonic.generate(12) + "/soft//hard///p");
        List<String> requests = uris.stream().map(u -> "uri " + utf8Hex(u)).toList();
        List<String[]> answers = PolkadotJs.run(requests);
        for (int i = 0; i < uris.size(); i++) {
            Sr25519Keypair keypair = Sr25519Keypair.fromUri(uris.get(i));
            String label = "uri #" + i;
            assertEquals(answers.get(i)[0], Hex.encode(keypair.publicKeyBytes()), label + " (keyring)");
            assertEquals(answers.get(i)[1], keypair.ss58Address(), label + " (keyring address)");
            assertEquals(answers.get(i)[2], Hex.encode(keypair.publicKeyBytes()), label + " (schnorrkel)");
        }
        assertEquals("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", answers.get(0)[1]);
    }

    @Test
    void mnemonicsAndPasswordsGiveTheSameMiniSecret() {
        List<String> generateRequests = new ArrayList<>();
        for (int words : new int[] {12, 15, 18, 21, 24}) {
            generateRequests.add("generate " + words);
        }
        List<String> phrases = new ArrayList<>();
        for (String[] answer : PolkadotJs.run(generateRequests)) {
            phrases.add(new String(Hex.decode(answer[0]), StandardCharsets.UTF_8));
        }
        for (int i = 0; i < 5; i++) {
            phrases.add(Mnemonic.generate(12 + 3 * i));
        }
        List<String> passwords = List.of("", "password", "correct horse battery staple", "pässwörd ✓");
        List<String> requests = new ArrayList<>();
        for (String phrase : phrases) {
            for (String password : passwords) {
                requests.add("mini " + utf8Hex(phrase) + " " + utf8Hex(password));
            }
        }
        List<String[]> answers = PolkadotJs.run(requests);
        int n = 0;
        for (String phrase : phrases) {
            assertTrue(Mnemonic.isValid(phrase));
            for (String password : passwords) {
                String java = Hex.encode(Mnemonic.toMiniSecret(phrase, password));
                assertEquals(answers.get(n)[0], java, "util-crypto, request " + n);
                assertEquals(answers.get(n)[1], java, "substrate-bip39, request " + n);
                n++;
            }
        }
    }

    @Test
    void ss58MatchesAcrossPrefixes() {
        int[] prefixes = {0, 1, 2, 5, 42, 63, 64, 65, 127, 128, 255, 256, 1000, 4096, 12345, 16383};
        List<String> requests = new ArrayList<>();
        List<byte[]> keys = new ArrayList<>();
        for (int prefix : prefixes) {
            for (int i = 0; i < 4; i++) {
                byte[] key = randomBytes(32);
                keys.add(key);
                requests.add("ss58 " + Hex.encode(key) + " " + prefix);
            }
        }
        List<String[]> answers = PolkadotJs.run(requests);
        for (int i = 0; i < requests.size(); i++) {
            int prefix = prefixes[i / 4];
            assertEquals(answers.get(i)[0], Ss58.encode(keys.get(i), prefix), requests.get(i));
            Ss58Address decoded = Ss58.decode(answers.get(i)[0]);
            assertEquals(prefix, decoded.prefix());
            assertArrayEquals(keys.get(i), decoded.publicKey());
        }
    }

    @Test
    void blake2bMatches() {
        List<String> requests = new ArrayList<>();
        List<byte[][]> inputs = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            byte[] data = randomBytes(random.nextInt(400));
            byte[] key = randomBytes(i % 3 == 0 ? 0 : 1 + random.nextInt(64));
            int size = 1 + random.nextInt(64);
            inputs.add(new byte[][] {data, key, {(byte) size}});
            requests.add("blake2 " + hexOrDash(data) + " " + hexOrDash(key) + " " + size);
        }
        List<String[]> answers = PolkadotJs.run(requests);
        for (int i = 0; i < CASES; i++) {
            byte[][] in = inputs.get(i);
            String java = Hex.encode(new Blake2b(in[2][0], in[1]).update(in[0]).digest());
            assertEquals(answers.get(i)[0], java, "util-crypto " + requests.get(i));
            assertEquals(answers.get(i)[1], java, "wasm " + requests.get(i));
        }
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
