package io.lakefront.connectors.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedSecretStoreTest {
    private static final String KEY = "sk-live-0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void aSecretComesBackButIsNeverWrittenInClear() throws Exception {
        Path workspace = dir.resolve("ws");
        Path keyStore = dir.resolve("config/lakefront/secrets.p12");
        EncryptedSecretStore store = new EncryptedSecretStore(workspace, keyStore);

        store.put("llm.api-key", KEY);

        assertThat(new EncryptedSecretStore(workspace, keyStore).get("llm.api-key")).contains(KEY);
        assertThat(store.has("llm.api-key")).isTrue();
        assertThat(Files.readString(store.file())).doesNotContain(KEY).doesNotContain("0123456789");
        assertThat(new String(Files.readAllBytes(keyStore), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyStore))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyStore.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
    }

    @Test
    void eachWriteUsesAFreshNonce() throws Exception {
        EncryptedSecretStore store = new EncryptedSecretStore(dir.resolve("ws"), dir.resolve("keys/secrets.p12"));
        store.put("a", KEY);
        String first = Files.readString(store.file());
        store.put("a", KEY);
        assertThat(Files.readString(store.file())).isNotEqualTo(first);
    }

    @Test
    void aCopiedWorkspaceWithoutTheUsersKeyStoreYieldsNoSecret() throws Exception {
        Path workspace = dir.resolve("ws");
        new EncryptedSecretStore(workspace, dir.resolve("alice/secrets.p12")).put("llm.api-key", KEY);

        EncryptedSecretStore bob = new EncryptedSecretStore(workspace, dir.resolve("bob/secrets.p12"));
        assertThatThrownBy(() -> bob.get("llm.api-key")).isInstanceOf(UserError.class)
                .hasMessageContaining("set it again");
        bob.put("other", "x");
        assertThatThrownBy(() -> bob.get("llm.api-key")).isInstanceOf(UserError.class)
                .hasMessageContaining("does not decrypt");
    }

    @Test
    void swappedEntriesDoNotDecryptAndRemovedOnesAreGone() throws Exception {
        EncryptedSecretStore store = new EncryptedSecretStore(dir.resolve("ws"), dir.resolve("k/secrets.p12"));
        store.put("a", "first");
        store.put("b", "second");
        String text = Files.readString(store.file());
        String sealedA = text.replaceAll("(?s).*\"a\" : \"([^\"]+)\".*", "$1");
        Files.writeString(store.file(), text.replace("\"b\" : \"", "\"b\" : \"" + sealedA + "\", \"old\" : \""));
        assertThatThrownBy(() -> store.get("b")).isInstanceOf(UserError.class);
        assertThat(store.get("a")).contains("first");

        store.remove("a");
        assertThat(store.get("a")).isEmpty();
        assertThat(store.has("a")).isFalse();
    }
}
