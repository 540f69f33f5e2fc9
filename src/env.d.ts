declare namespace App {
  interface Locals {
    /** The page being rendered: its language, words and links (src/lib/page-context.ts). */
    page: import('./lib/page-context.ts').PageContext;
  }
}
