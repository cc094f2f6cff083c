import QRCode from "qrcode";

/** A QR code as inline SVG, rendered on the server. */
export async function QrCode({ value, label, size = 200 }: { value: string; label: string; size?: number }) {
  const svg = await QRCode.toString(value, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return (
    <div
      role="img"
      aria-label={label}
      style={{ width: size, height: size }}
      className="bg-white [&>svg]:h-full [&>svg]:w-full"
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
