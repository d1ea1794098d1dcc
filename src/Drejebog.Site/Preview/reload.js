// Added by `drejebog preview` to every page it serves (never by `build`): reloads the page when a
// rebuild changed it, or shows the error page while the content has errors. The preview server
// puts the build this page was served from and the page's file in this module's URL.
const self = new URL(import.meta.url);
const file = self.searchParams.get('file') ?? '';
let build = self.searchParams.get('build') ?? '';
let retry = 250;

function concerns(message) {
  return message.all || message.files.includes(file);
}

function connect() {
  const socket = new WebSocket(new URL('/_preview/socket', location.href).href.replace(/^http/, 'ws'));
  socket.addEventListener('open', () => {
    retry = 250;
  });
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    if (message.build === build) {
      return;
    }
    // A page that connects after a rebuild cannot know what changed meanwhile: it reloads.
    if (message.type === 'hello' || concerns(message)) {
      location.reload();
      return;
    }
    build = message.build;
  });
  // The preview was stopped or restarted: keep trying quietly, and reload when it is back.
  socket.addEventListener('close', () => {
    setTimeout(connect, retry);
    retry = Math.min(retry * 2, 4000);
  });
}

connect();
