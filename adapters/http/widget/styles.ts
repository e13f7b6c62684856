/** The widget's whole look; lives inside its shadow root, so neither page nor widget CSS leaks. */
export const styles = `
:host{--kysy-accent:#2563eb;--kysy-on-accent:#fff;--kysy-ink:#1f2937;--kysy-muted:#6b7280;--kysy-line:#e5e7eb}
.root{position:fixed;right:20px;bottom:20px;z-index:2147483000;text-align:left;direction:ltr;
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--kysy-ink);
-webkit-font-smoothing:antialiased}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
button,textarea{font:inherit;color:inherit}
.sr{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.launcher{width:58px;height:58px;border-radius:50%;border:0;cursor:pointer;display:grid;place-items:center;
background:var(--kysy-accent);color:var(--kysy-on-accent);box-shadow:0 6px 20px rgba(15,23,42,.22);transition:transform .15s ease}
.launcher:hover{transform:translateY(-1px) scale(1.03)}
.panel{position:absolute;right:0;bottom:74px;width:372px;height:min(600px,calc(100vh - 120px));display:flex;flex-direction:column;
background:#fff;border:1px solid rgba(15,23,42,.08);border-radius:16px;overflow:hidden;overflow:clip;
box-shadow:0 18px 50px rgba(15,23,42,.2),0 2px 8px rgba(15,23,42,.08)}
.head{flex:none;display:flex;align-items:center;gap:10px;padding:14px 12px 14px 18px;background:var(--kysy-accent);color:var(--kysy-on-accent)}
.head h2{flex:1;margin:0;font-size:16px;font-weight:600;letter-spacing:.01em}
.dot{width:9px;height:9px;border-radius:50%;background:#34d399;box-shadow:0 0 0 2px rgba(255,255,255,.55)}
.icon-btn{width:36px;height:36px;border:0;border-radius:10px;background:transparent;color:inherit;cursor:pointer;display:grid;place-items:center}
.icon-btn:hover{background:rgba(255,255,255,.16)}
.log{position:relative;flex:1;min-height:0;overflow-y:auto;overscroll-behavior:contain;padding:18px 16px 8px;display:flex;flex-direction:column;gap:10px;background:#f8fafc;scroll-behavior:smooth}
.history{display:flex;flex-direction:column;gap:10px}.history:empty{display:none}
.msg{position:relative;max-width:86%;padding:9px 13px;border-radius:16px;white-space:pre-wrap;overflow-wrap:anywhere}
.msg.bot,.msg.rep{align-self:flex-start;background:#fff;border:1px solid var(--kysy-line);border-bottom-left-radius:5px}
.msg.visitor{align-self:flex-end;background:var(--kysy-accent);color:var(--kysy-on-accent);border-bottom-right-radius:5px}
.msg a{color:inherit;text-decoration:underline}
.choices{display:flex;flex-wrap:wrap;gap:7px;margin:2px 0 4px}
.choice{padding:7px 14px;border-radius:999px;border:1px solid color-mix(in srgb,var(--kysy-accent) 45%,#fff);cursor:pointer;
background:#fff;font-size:14px;line-height:1.3;transition:background .12s ease}
.choice:hover{background:color-mix(in srgb,var(--kysy-accent) 10%,#fff)}
.typing{align-self:flex-start;display:flex;gap:4px;padding:13px 14px;background:#fff;border:1px solid var(--kysy-line);border-radius:16px;border-bottom-left-radius:5px}
.typing i{width:7px;height:7px;border-radius:50%;background:#9ca3af;animation:kysy-blink 1.2s infinite ease-in-out}
.typing i:nth-child(2){animation-delay:.2s}.typing i:nth-child(3){animation-delay:.4s}
@keyframes kysy-blink{0%,80%,100%{opacity:.3;transform:translateY(0)}40%{opacity:1;transform:translateY(-2px)}}
.note{flex:none;display:flex;align-items:center;justify-content:center;gap:8px;flex-wrap:wrap;padding:6px 16px;font-size:13px;color:var(--kysy-muted);background:#f8fafc;text-align:center}
.note:empty{padding:0}
.link{border:0;background:none;padding:0;cursor:pointer;color:var(--kysy-ink);text-decoration:underline;font-size:13px}
.compose{flex:none;display:flex;align-items:flex-end;gap:8px;padding:10px 12px 12px;border-top:1px solid var(--kysy-line);background:#fff}
.compose textarea{flex:1;resize:none;min-height:42px;max-height:120px;padding:10px 12px;border:1px solid #d1d5db;border-radius:12px;background:#fff;line-height:1.4}
.compose textarea:focus{border-color:var(--kysy-accent)}
.send{width:42px;height:42px;flex:none;border:0;border-radius:12px;cursor:pointer;display:grid;place-items:center;background:var(--kysy-accent);color:var(--kysy-on-accent)}
.send[aria-disabled=true]{opacity:.45;cursor:default}
.teaser{position:absolute;right:0;bottom:74px;width:max-content;max-width:min(300px,calc(100vw - 40px));display:flex;align-items:flex-start;gap:2px;
padding:10px 6px 10px 14px;background:#fff;border:1px solid var(--kysy-line);border-radius:14px;box-shadow:0 10px 30px rgba(15,23,42,.18)}
.teaser-text{border:0;background:none;padding:0;text-align:left;cursor:pointer}
.teaser-close{border:0;background:none;width:28px;height:28px;border-radius:8px;cursor:pointer;font-size:18px;line-height:1;color:var(--kysy-muted)}
:host([data-open]) .teaser{display:none}
/* Two tones, so one of them stands out 3:1 against any page, accent or bubble behind it (WCAG C40). (Last: it outranks the look of each control.) */
:focus-visible{outline:2px solid #111827;outline-offset:2px;box-shadow:0 0 0 2px #fff}
.log:focus-visible{outline-offset:-4px;box-shadow:inset 0 0 0 2px #fff}
@media (max-width:480px){.root{right:14px;bottom:14px}
.panel{position:fixed;inset:0;width:auto;height:auto;border-radius:0;border:0}
:host([data-open]) .launcher{display:none}}
@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important;scroll-behavior:auto!important}}
`;
