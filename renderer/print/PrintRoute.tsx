/** #/print/<document>?…: one printable document, outside the app frame. */
export function PrintRoute() {
  return <div>建设中</div>;
}
