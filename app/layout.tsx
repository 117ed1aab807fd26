// The public site ([locale]) and, later, the admin area each render their own
// <html>, so this root layout only passes through.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
