import { createRoot } from "react-dom/client";
import { App } from "./App";
import { initialLang } from "./i18n";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container");
  createRoot(container).render(<App initialLang={initialLang(Office.context?.displayLanguage)} />);
});
