package th.sso.hotline.staff;

import com.password4j.Password;
import jakarta.inject.Singleton;

/**
 * Argon2id password hashes (Password4j; parameters in psw4j.properties). Every check is a full Argon2 check;
 * repeated HTTP Basic calls are spared it by {@link VerifiedCredentials}, never the login form.
 */
@Singleton
public class PasswordHasher {

    public String hash(String password) {
        return Password.hash(password).addRandomSalt().withArgon2().getResult();
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        return Password.check(password, hash).withArgon2();
    }
}
