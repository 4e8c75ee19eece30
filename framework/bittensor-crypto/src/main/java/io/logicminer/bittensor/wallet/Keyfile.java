package io.logicminer.bittensor.wallet;

import io.logicminer.bittensor.crypto.Hex;
import io.logicminer.bittensor.crypto.Mnemonic;
import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.bittensor.crypto.Sr25519PublicKey;
import io.logicminer.bittensor.crypto.Ss58;
import io.logicminer.bittensor.crypto.Ss58Address;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes Bittensor keyfiles (the unencrypted JSON btcli/btwallet writes for hotkeys, and
 * the public-key files {@code coldkeypub.txt}). Encrypted keyfiles are recognised and rejected with
 * instructions; they are not decrypted.
 */
public final class Keyfile {

    private static final Set<PosixFilePermission> OWNER_ONLY =
        EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private Keyfile() {
    }

    /**
     * Reads a keyfile and builds its key: from {@code secretPhrase} if present, else {@code secretSeed},
     * else {@code privateKey} (as btwallet), else the public fields. Checks that the secret matches the
     * public fields of the file.
     *
     * @throws KeyfileException naming the path for a missing, unreadable, encrypted or malformed file
     */
    public static LoadedKey read(Path path) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new KeyfileException("keyfile " + path + " does not exist; check --wallet.path, --wallet.name "
                + "and --wallet.hotkey, or create it (btcli wallet new_hotkey)");
        } catch (IOException e) {
            throw new KeyfileException("cannot read keyfile " + path + ": " + e.getMessage(), e);
        }
        try {
            KeyfileData data = parse(raw, path);
            List<String> warnings = new ArrayList<>();
            permissionWarning(path, data.hasSecret()).ifPresent(warnings::add);
            return toKey(data, path, warnings);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /**
     * Parses keyfile bytes.
     *
     * @param source named in error messages
     * @throws KeyfileException for encrypted or malformed content
     */
    public static KeyfileData parse(byte[] raw, Path source) {
        String encryption = encryptionOf(raw);
        if (encryption != null) {
            throw new KeyfileException("keyfile " + source + " is encrypted (" + encryption + "); logicminer reads "
                + "only unencrypted keyfiles. A miner needs only its hotkey, which btcli leaves unencrypted: point "
                + "--wallet.name/--wallet.hotkey at the hotkey, or regenerate it unencrypted (btcli wallet "
                + "regen_hotkey)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw new KeyfileException("keyfile " + source + " is not UTF-8 text (corrupt, or encrypted in an "
                + "unknown format)");
        }
        Map<String, String> fields;
        try {
            fields = FlatJson.parseObject(text);
        } catch (IllegalArgumentException e) {
            throw new KeyfileException("keyfile " + source + " is not valid keyfile JSON (" + e.getMessage()
                + "); expected {\"accountId\": \"0x...\", \"publicKey\": \"0x...\", \"secretPhrase\": ..., "
                + "\"ss58Address\": \"5...\"} as btcli writes");
        }
        return KeyfileData.fromMap(fields);
    }

    /**
     * Writes a keyfile with mode 0600 (on POSIX file systems), creating parent directories. The file is
     * written to a temporary sibling first and moved into place.
     *
     * @throws KeyfileException if the file exists and {@code overwrite} is false, or on I/O errors
     */
    public static void write(Path path, KeyfileData data, boolean overwrite) {
        byte[] json = data.toJson().getBytes(StandardCharsets.UTF_8);
        Path dir = path.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            if (!overwrite && Files.exists(path)) {
                throw new KeyfileException("keyfile " + path + " already exists; refusing to overwrite it (move it "
                    + "away first, or ask for overwrite explicitly)");
            }
            boolean posix = Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
            temp = posix
                ? Files.createTempFile(dir, ".keyfile", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, ".keyfile", ".tmp");
            Files.write(temp, json);
            if (overwrite) {
                moveAtomically(temp, path, StandardCopyOption.REPLACE_EXISTING);
            } else {
                moveAtomically(temp, path);
            }
            temp = null;
        } catch (FileAlreadyExistsException e) {
            throw new KeyfileException("keyfile " + path + " already exists; refusing to overwrite it");
        } catch (IOException e) {
            throw new KeyfileException("cannot write keyfile " + path + ": " + e.getMessage(), e);
        } finally {
            Arrays.fill(json, (byte) 0);
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is mode 0600
                }
            }
        }
    }

    private static void moveAtomically(Path from, Path to, StandardCopyOption... options) throws IOException {
        StandardCopyOption[] atomic = Arrays.copyOf(options, options.length + 1);
        atomic[options.length] = StandardCopyOption.ATOMIC_MOVE;
        try {
            if (options.length == 0 && Files.exists(to)) {
                throw new FileAlreadyExistsException(to.toString());
            }
            Files.move(from, to, atomic);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, options);
        }
    }

    /** The encryption scheme a keyfile's bytes announce (btwallet's markers), or {@code null}. */
    static String encryptionOf(byte[] raw) {
        if (startsWith(raw, "$NACL")) {
            return "btwallet NaCl secretbox, \"$NACL\"";
        }
        if (startsWith(raw, "$ANSIBLE_VAULT")) {
            return "ansible-vault";
        }
        if (startsWith(raw, "gAAAAA")) {
            return "legacy Fernet";
        }
        return null;
    }

    private static boolean startsWith(byte[] raw, String marker) {
        byte[] m = marker.getBytes(StandardCharsets.US_ASCII);
        return raw.length >= m.length && Arrays.equals(raw, 0, m.length, m, 0, m.length);
    }

    /** A warning when a file holding a secret is readable by group or others (POSIX only). */
    static Optional<String> permissionWarning(Path path, boolean secret) {
        if (!secret) {
            return Optional.empty();
        }
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
            if (view == null) {
                return Optional.empty();
            }
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                return Optional.of("keyfile " + path + " holds a secret key but is readable by "
                    + (permissions.contains(PosixFilePermission.OTHERS_READ) ? "others" : "its group") + " (mode "
                    + PosixFilePermissions.toString(permissions) + "); run: chmod 600 " + path);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static LoadedKey toKey(KeyfileData data, Path path, List<String> warnings) {
        byte[] declared = declaredPublicKey(data, path);
        Sr25519Keypair keypair = secretKeypair(data, declared, path);
        if (keypair != null) {
            if (declared != null && !Arrays.equals(declared, keypair.publicKeyBytes())) {
                throw new KeyfileException("keyfile " + path + ": its secret belongs to " + keypair.ss58Address()
                    + " but its public fields say " + Ss58.encode(declared) + " (edited or corrupt file)");
            }
            return new LoadedKey(path, keypair.publicKey(), Optional.of(keypair), warnings);
        }
        if (declared == null) {
            throw new KeyfileException("keyfile " + path + " has no key: none of secretPhrase, secretSeed, "
                + "privateKey, publicKey, accountId, ss58Address is set");
        }
        try {
            return new LoadedKey(path, Sr25519PublicKey.fromBytes(declared), Optional.empty(), warnings);
        } catch (IllegalArgumentException e) {
            throw new KeyfileException("keyfile " + path + ": " + e.getMessage());
        }
    }

    /** The public key the file declares (publicKey, accountId, ss58Address must agree), or null. */
    private static byte[] declaredPublicKey(KeyfileData data, Path path) {
        byte[] result = null;
        String[][] fields = {{"publicKey", data.publicKey()}, {"accountId", data.accountId()},
            {"ss58Address", data.ss58Address()}};
        for (String[] field : fields) {
            if (field[1] == null) {
                continue;
            }
            byte[] key;
            try {
                if (field[0].equals("ss58Address")) {
                    Ss58Address address = Ss58.decode(field[1]);
                    key = address.publicKey();
                } else {
                    key = Hex.decode(field[1]);
                }
            } catch (IllegalArgumentException e) {
                throw new KeyfileException("keyfile " + path + ": field " + field[0] + " is malformed: "
                    + e.getMessage());
            }
            if (key.length != 32) {
                throw new KeyfileException("keyfile " + path + ": field " + field[0] + " must hold 32 bytes, has "
                    + key.length);
            }
            if (result != null && !Arrays.equals(result, key)) {
                throw new KeyfileException("keyfile " + path + ": field " + field[0]
                    + " disagrees with the other public-key fields (edited or corrupt file)");
            }
            result = key;
        }
        return result;
    }

    private static Sr25519Keypair secretKeypair(KeyfileData data, byte[] declared, Path path) {
        if (data.secretPhrase() != null) {
            try {
                return Sr25519Keypair.fromMnemonic(data.secretPhrase(), "");
            } catch (IllegalArgumentException e) {
                throw new KeyfileException("keyfile " + path + ": secretPhrase is not a valid mnemonic: " + e.getMessage());
            }
        }
        if (data.secretSeed() != null) {
            byte[] seed = decodeSecretHex(data.secretSeed(), "secretSeed", path);
            try {
                if (seed.length == 32) {
                    return Sr25519Keypair.fromMiniSecret(seed);
                }
                if (seed.length == 64) {
                    return Sr25519Keypair.fromExpandedSecret(seed);
                }
                throw new KeyfileException("keyfile " + path + ": secretSeed must hold 32 bytes, has " + seed.length);
            } catch (IllegalArgumentException e) {
                throw new KeyfileException("keyfile " + path + ": secretSeed is invalid: " + e.getMessage());
            } finally {
                Arrays.fill(seed, (byte) 0);
            }
        }
        if (data.privateKey() != null) {
            byte[] secret = decodeSecretHex(data.privateKey(), "privateKey", path);
            try {
                if (secret.length != 64) {
                    throw new KeyfileException("keyfile " + path + ": privateKey must hold 64 bytes, has " + secret.length);
                }
                return privateKeyKeypair(secret, declared, path);
            } finally {
                Arrays.fill(secret, (byte) 0);
            }
        }
        return null;
    }

    /**
     * btwallet stores schnorrkel's {@code key || nonce}; older tools stored the ed25519 form (key times
     * the cofactor). The public fields tell which one this is.
     */
    private static Sr25519Keypair privateKeyKeypair(byte[] secret, byte[] declared, Path path) {
        Sr25519Keypair schnorrkel = null;
        try {
            schnorrkel = Sr25519Keypair.fromExpandedSecret(secret);
            if (declared == null || Arrays.equals(declared, schnorrkel.publicKeyBytes())) {
                return schnorrkel;
            }
        } catch (IllegalArgumentException e) {
            // not canonical: try the ed25519 form
        }
        Sr25519Keypair ed25519Form = Sr25519Keypair.fromEd25519ExpandedSecret(secret);
        if (declared == null || Arrays.equals(declared, ed25519Form.publicKeyBytes())) {
            return ed25519Form;
        }
        if (schnorrkel != null) {
            return schnorrkel; // reported as a mismatch by the caller
        }
        throw new KeyfileException("keyfile " + path + ": privateKey is not an sr25519 secret key");
    }

    private static byte[] decodeSecretHex(String value, String field, Path path) {
        try {
            return Hex.decode(value);
        } catch (IllegalArgumentException e) {
            throw new KeyfileException("keyfile " + path + ": field " + field + " is not hex: " + e.getMessage());
        }
    }

    /** Generates a mnemonic and the keyfile contents for it, as {@code btcli wallet new_hotkey}. */
    static NewKeyMaterial newKeyMaterial(int words) {
        String mnemonic = Mnemonic.generate(words);
        byte[] miniSecret = Mnemonic.toMiniSecret(mnemonic, "");
        try {
            Sr25519Keypair keypair = Sr25519Keypair.fromMiniSecret(miniSecret);
            return new NewKeyMaterial(mnemonic, keypair, KeyfileData.ofMnemonic(mnemonic, keypair, miniSecret));
        } finally {
            Arrays.fill(miniSecret, (byte) 0);
        }
    }

    record NewKeyMaterial(String mnemonic, Sr25519Keypair keypair, KeyfileData data) {
        @Override
        public String toString() {
            return "NewKeyMaterial[" + keypair.ss58Address() + "]";
        }
    }
}
