import "server-only";
import QRCode from "qrcode";
import { TextField } from "@/components/auth/text-field";
import { authenticatorUri, inGroupsOfFour } from "@/lib/cognito/authenticator-uri";
import styles from "./two-factor.module.css";

/** The new secret as a QR code (inline SVG, rendered here on the server) and as text to type. */
export async function AuthenticatorKey({ email, secret }: { email: string; secret: string }) {
  const svg = await QRCode.toString(authenticatorUri(email, secret), { type: "svg", margin: 2, width: 192 });
  return (
    <div className={styles.key}>
      <div
        className={styles.qr}
        role="img"
        aria-label="QR code for your authenticator app"
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <TextField
        name="setupKey"
        label="Setup key"
        readOnly
        value={inGroupsOfFour(secret)}
        autoComplete="off"
        spellCheck={false}
        className={styles.secret}
        hint="Scan the QR code with your authenticator app, or type this key into it."
      />
    </div>
  );
}
