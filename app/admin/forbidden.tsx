export default function Forbidden() {
  return (
    <main id="main" className="admin-main">
      <h1>Not allowed</h1>
      <p>Your role may not open this page. Ask an administrator if you need it.</p>
      <p>
        <a href="/admin/news">Back to news</a>
      </p>
    </main>
  );
}
