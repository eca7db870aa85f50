package io.lakefront.connectors.secret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lakefront.connectors.file.AtomicFile;
import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.SecretStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Secrets of a workspace, encrypted at rest: {@code <workspace>/secrets.enc} holds each secret as
 * AES-256-GCM ciphertext (a fresh 12-byte nonce each time, the secret's name as associated data, so
 * entries cannot be swapped), and the key lives outside the workspace, in a PKCS12 key store under
 * the user's configuration folder, created readable by its owner only. A copied, synced or shared
 * workspace carries no usable secret. What this does not defend against — anything running as the
 * same user — is written down in ADR 0010.
 */
public final class EncryptedSecretStore implements SecretStore {
    static final String KEY_ALIAS = "workspace-secrets";
    /** PKCS12 wants a password; it is no secret — the key store's protection is its owner-only file mode. */
    private static final char[] STORE_PASSWORD = "lakefront-local-key-store".toCharArray();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Path keyStore;
    private final SecureRandom random = new SecureRandom();

    public EncryptedSecretStore(Path workspace, Path keyStore) {
        this.file = workspace.resolve("secrets.enc");
        this.keyStore = keyStore;
    }

    /** The store of a workspace with the user's key store ({@link #defaultKeyStore()}). */
    public static EncryptedSecretStore forUser(Path workspace) {
        return new EncryptedSecretStore(workspace, defaultKeyStore());
    }

    /**
     * {@code $XDG_CONFIG_HOME/lakefront/secrets.p12} (else {@code ~/.config/...}; on Windows under
     * {@code %APPDATA%}); the system property {@code lakefront.config.dir} overrides the folder.
     */
    public static Path defaultKeyStore() {
        String override = System.getProperty("lakefront.config.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override).resolve("secrets.p12");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        String appData = System.getenv("APPDATA");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : appData != null && !appData.isBlank() ? Path.of(appData)
                : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("lakefront").resolve("secrets.p12");
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<String> get(String name) {
        String sealed = readAll().get(name);
        if (sealed == null) {
            return Optional.empty();
        }
        return Optional.of(open(name, sealed, key(false).orElseThrow(() -> new UserError(file + ": secret '" + name
                + "' was encrypted with a key that is not in " + keyStore + " (was the workspace copied from another "
                + "user or machine?): set it again"))));
    }

    @Override
    public synchronized void put(String name, String value) {
        Map<String, String> all = readAll();
        all.put(name, seal(name, value, key(true).orElseThrow()));
        writeAll(all);
    }

    @Override
    public synchronized void remove(String name) {
        Map<String, String> all = readAll();
        if (all.remove(name) != null) {
            writeAll(all);
        }
    }

    @Override
    public synchronized boolean has(String name) {
        return readAll().containsKey(name);
    }

    private String seal(String name, String value, SecretKey key) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private String open(String name, String sealed, SecretKey key) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new UserError(file + ": secret '" + name + "' does not decrypt with the key in " + keyStore
                    + " (changed, or made with another key): set it again");
        }
    }

    /** The key, creating the key store (owner-only) when {@code create} and it does not exist yet. */
    private Optional<SecretKey> key(boolean create) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            if (Files.exists(keyStore)) {
                try (InputStream in = Files.newInputStream(keyStore)) {
                    store.load(in, STORE_PASSWORD);
                }
                if (store.containsAlias(KEY_ALIAS)) {
                    return Optional.of((SecretKey) store.getKey(KEY_ALIAS, STORE_PASSWORD));
                }
            } else {
                store.load(null, STORE_PASSWORD);
            }
            if (!create) {
                return Optional.empty();
            }
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            SecretKey key = generator.generateKey();
            store.setEntry(KEY_ALIAS, new KeyStore.SecretKeyEntry(key), new KeyStore.PasswordProtection(STORE_PASSWORD));
            ownerOnlyFolder(keyStore.toAbsolutePath().getParent());
            Path temp = AtomicFile.temporaryBeside(keyStore);
            try {
                ownerOnlyFile(temp);
                try (OutputStream out = Files.newOutputStream(temp)) {
                    store.store(out, STORE_PASSWORD);
                }
                AtomicFile.replace(temp, keyStore);
            } finally {
                Files.deleteIfExists(temp);
            }
            return Optional.of(key);
        } catch (IOException e) {
            throw new UncheckedIOException("key store " + keyStore, e);
        } catch (GeneralSecurityException e) {
            throw new UserError("key store " + keyStore + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private Map<String, String> readAll() {
        Map<String, String> all = new TreeMap<>();
        if (!Files.exists(file)) {
            return all;
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            JsonNode secrets = root == null ? null : root.get("secrets");
            if (secrets == null || !secrets.isObject()) {
                throw new UserError(file + ": not a secrets file (no \"secrets\" object)");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = secrets.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                all.put(entry.getKey(), entry.getValue().asText());
            }
            return all;
        } catch (IOException e) {
            throw new UserError(file + ": cannot be read as a secrets file (" + e.getMessage() + ")", e);
        }
    }

    private void writeAll(Map<String, String> all) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "lakefront-secrets/1 (AES-256-GCM, key in the user's key store)");
        ObjectNode secrets = root.putObject("secrets");
        all.forEach(secrets::put);
        try {
            Path temp = AtomicFile.temporaryBeside(file);
            try {
                ownerOnlyFile(temp);
                Files.writeString(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
                AtomicFile.replace(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void ownerOnlyFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            Files.createDirectories(folder);
            if (posix()) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    private static void ownerOnlyFile(Path path) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
