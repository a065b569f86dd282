import rule from '../../src/rules/require-capability-check';
import { at } from '../helpers/locate';
import { runRuleTester } from '../helpers/rule-tester';

type Location = ReturnType<typeof at>;

/** Where `name` is, the first time it appears at or after `context` in `code`. */
function within(code: string, context: string, name: string): Location {
  const start = code.indexOf(context);
  if (start === -1) throw new Error(`context not found: ${context}`);
  const index = code.indexOf(name, start);
  let occurrence = 0;
  for (let found = code.indexOf(name); found !== -1 && found <= index; found = code.indexOf(name, found + 1)) occurrence++;
  return at(code, name, occurrence);
}

const browser = (capability: string) => `\`capabilities.${capability}\``;
const reactNative = (capability: string) => `\`${capability}\` from \`getCapabilities()\``;
const either = (capability: string, rn: string) => `${browser(capability)} (React Native: ${reactNative(rn)})`;

/** The suggestion that wraps a call: `code` with `from` replaced by `to`. */
const wrap = (code: string, method: string, condition: string, from: string, to: string) => ({
  messageId: 'wrapInCheck' as const,
  data: { method, condition },
  output: code.replace(from, to),
});

// --- script-tag pages ------------------------------------------------------------------------------------------------

const scriptPage = `var session = OT.initSession(apiKey, sessionId);
session.connect(token, function (error) {
  if (error) return console.error(error);
});
function kick(connection) {
  session.forceDisconnect(connection);
}
`;
const declaredGlobal = `const session = OT.initSession(apiKey, sessionId);
export function remove(stream) {
  session.forceUnpublish(stream).then(() => toast('removed')).catch(report);
}
`;
const otherSession = `const session = OT.initSession(apiKey, sessionId);
const lobby = OT.initSession(apiKey, lobbyId);
export function muteEveryone() {
  if (lobby.capabilities.forceMute === 1) session.forceMuteAll();
}
`;
const otherCapability = `const session = OT.initSession(apiKey, sessionId);
export function muteEveryone() {
  if (session.capabilities.forceDisconnect !== 1) return;
  session.forceMuteAll();
}
export function unmuteEveryone() {
  session.capabilities.permittedTo('forceDisconnect') && session.disableForceMute();
}
export function unpublish(stream, expected) {
  if (session.capabilities.forceUnpublish === expected) session.forceUnpublish(stream);
}
`;
const noExit = `const session = OT.initSession(apiKey, sessionId);
export function mute(stream) {
  if (!session.capabilities.forceMute) console.warn('not a moderator');
  session.forceMuteStream(stream);
}
`;
const inverted = `const session = OT.initSession(apiKey, sessionId);
export function kick(connection) {
  if (session.capabilities.forceDisconnect === 1) return;
  session.forceDisconnect(connection);
}
`;
const danglingElse = `const session = OT.initSession(apiKey, sessionId);
export function onClick(connection) {
  if (connection) session.forceDisconnect(connection); else alert('pick someone');
}
`;
const valueUsed = `const session = OT.initSession(apiKey, sessionId);
export function kick(connection) {
  return session.forceDisconnect(connection);
}
`;
const unknownGuardFlag = `const session = OT.initSession(apiKey, sessionId);
let canMute = true;
session.on('sessionConnected', () => { canMute = session.capabilities.forceMute === 1; });
export function disable() {
  if (canMute) session.disableForceMute();
}
`;

// --- npm imports, React, Vue -----------------------------------------------------------------------------------------

const hookRefs = `import OT from '@opentok/client';
import { useEffect, useRef } from 'react';

export function Participant({ apiKey, sessionId, token, connection }) {
  const sessionRef = useRef(null);
  useEffect(() => {
    sessionRef.current = OT.initSession(apiKey, sessionId);
    sessionRef.current.connect(token);
  }, []);
  const kick = () => sessionRef.current.forceDisconnect(connection);
  return <button onClick={() => sessionRef.current?.forceDisconnect(connection)}>Remove</button>;
}
`;
const hookParenthesised = `import * as OT from '@vonage/client-sdk-video';

export function Tile({ session, stream }) {
  return <button onClick={() => (session.forceUnpublish(stream))}>Stop video</button>;
}
`;
const classComponent = `import OT from '@opentok/client';
import React from 'react';

export default class Room extends React.Component {
  componentDidMount() {
    this.session = OT.initSession(this.props.apiKey, this.props.sessionId);
    this.session.connect(this.props.token);
  }
  async mute(stream) {
    await this.session.forceMuteStream(stream);
  }
  render() {
    return <Toolbar onMute={stream => this.mute(stream)} />;
  }
}
`;
const opentokReact = `import React from 'react';
import { OTSession, OTStreams, OTSubscriber } from 'opentok-react';

export default class App extends React.Component {
  otSession = React.createRef();
  kick(connection) {
    this.otSession.current.sessionHelper.session.forceDisconnect(connection);
  }
  render() {
    return (
      <OTSession ref={this.otSession} apiKey={this.props.apiKey} sessionId={this.props.sessionId} token={this.props.token}>
        <OTStreams><OTSubscriber /></OTStreams>
      </OTSession>
    );
  }
}
`;
const vue = `export default {
  data() {
    return { isModerator: false, ready: false };
  },
  mounted() {
    this.session = OT.initSession(this.apiKey, this.sessionId);
    this.session.connect(this.token, () => { this.ready = true; });
  },
  methods: {
    kick(connection) {
      if (this.ready) this.session.forceDisconnect(connection);
    },
  },
};
`;
const reactNativeAsync = `import React, { useRef } from 'react';
import { OTSession } from 'opentok-react-native';

export function Call(props) {
  const sessionRef = useRef(null);
  const muteAll = async () => {
    sessionRef.current?.forceMuteAll();
  };
  return <OTSession ref={sessionRef} apiKey={props.apiKey} sessionId={props.sessionId} token={props.token} />;
}
`;
const reactNativeSync = `import { OTSession } from 'opentok-react-native';
import { callRef } from './call';

export function useModeration(sessionRef) {
  return { unmuteAll: () => { sessionRef.current.disableForceMute(); } };
}
callRef.current.forceMuteAll();
`;
const reactNativeOtherRef = `const { OTSession } = require('opentok-react-native');

async function muteAll(sessionRef, lobbyRef) {
  const caps = await lobbyRef.current.getCapabilities();
  if (caps.canForceMute) sessionRef.current.forceMuteAll();
}
module.exports = { muteAll };
`;
const unknownFlavour = `import { session } from './video-session';
const config = loadConfig();
const helpers = require(config.helpers);

export function muteAll() {
  session.forceMuteAll();
}
`;
const parenthesisedReceiver = `const session = OT.initSession(apiKey, sessionId);
export function kick(fallback, connection) {
  (window.activeSession || session).forceDisconnect(connection);
}
`;
const publish = `const session = OT.initSession(apiKey, sessionId);
const publisher = OT.initPublisher('publisher');
session.connect(token, () => {
  session.publish(publisher);
});
`;
const typescriptNonNull = `import OT from '@opentok/client';
import { useRef } from 'react';

export function useKick() {
  const sessionRef = useRef<OT.Session | null>(null);
  return (connection: OT.Connection) => {
    sessionRef.current!.forceDisconnect(connection);
  };
}
`;
const setterPassedOn = `import OT from '@opentok/client';
import { useState } from 'react';

export function Moderation({ session, stream }) {
  const [canMute, setCanMute] = useState(false);
  return (
    <Capabilities session={session} onChange={setCanMute}>
      {canMute && <button onClick={() => session.forceMuteStream(stream)}>Mute</button>}
    </Capabilities>
  );
}
`;

runRuleTester('require-capability-check', rule, {
  valid: [
    {
      // Script-tag page, OT undeclared: the documented `== 1` check around the call.
      code: `var session = OT.initSession(apiKey, sessionId);
function kick(connection) {
  if (session.capabilities.forceDisconnect == 1) {
    session.forceDisconnect(connection);
  }
}`,
      languageOptions: { sourceType: 'script' },
    },
    {
      // OT declared as a global: `=== 1`, and a guard on forceMute covers all three mute calls.
      code: `const session = OT.initSession(apiKey, sessionId);
if (session.capabilities.forceMute === 1) {
  session.forceMuteStream(stream);
  session.forceMuteAll([screen]);
  session.disableForceMute();
}`,
      languageOptions: { sourceType: 'script', globals: { OT: 'readonly' } },
    },
    // Early return on a falsy capability.
    `const session = OT.initSession(k, s);
export function kick(connection) {
  if (!session.capabilities.forceDisconnect) return;
  session.forceDisconnect(connection);
}`,
    // Early throw on `!== 1`, and on `=== 0` (the value is 1 or 0 once connected).
    `const session = OT.initSession(k, s);
export function mute(stream) {
  if (session.capabilities.forceMute !== 1) throw new Error('Only moderators can mute');
  session.forceMuteStream(stream);
}
export function unpublish(stream) {
  if (session.capabilities.forceUnpublish === 0) { notify('not allowed'); return; }
  session.forceUnpublish(stream);
}`,
    // permittedTo() in an && chain, and a truthy check in a ternary.
    `const session = OT.initSession(k, s);
export const muteAll = () => session.capabilities.permittedTo('forceMute') && session.forceMuteAll();
export const kick = c => (session.capabilities.forceDisconnect ? session.forceDisconnect(c) : Promise.resolve());`,
    // The else branch of a negated check; `1 === x`, `!== 0` and `> 0` also prove it.
    `const session = OT.initSession(k, s);
if (session.capabilities.forceDisconnect !== 1) hideKickButton(); else session.forceDisconnect(c);
if (1 === session.capabilities.forceUnpublish) session.forceUnpublish(stream);
if (session.capabilities.forceMute !== 0) session.forceMuteAll();
if (0 < session.capabilities.forceMute) session.disableForceMute();`,
    // The check kept in a constant, or through an alias of the capabilities object or of the capability.
    `const session = OT.initSession(k, s);
export function moderate(connection, stream) {
  const canKick = session.capabilities.forceDisconnect === 1;
  if (canKick) session.forceDisconnect(connection);
  const { capabilities } = session;
  if (Boolean(capabilities.forceUnpublish)) session.forceUnpublish(stream);
  const { forceMute } = session.capabilities;
  if (forceMute == 1) session.forceMuteAll();
}`,
    // A handler installed only when the check passed (the "hide the control" pattern).
    `const session = OT.initSession(k, s);
session.on('sessionConnected', () => {
  if (session.capabilities.forceDisconnect === 1) kickButton.addEventListener('click', () => session.forceDisconnect(selected));
});`,
    // A loop that skips when the capability is missing.
    `const session = OT.initSession(k, s);
for (const connection of selected) {
  if (session.capabilities.forceDisconnect !== 1) continue;
  session.forceDisconnect(connection);
}`,
    // React hooks: a ref, state set from the check, and the control rendered only when it passed.
    `import OT from '@opentok/client';
import { useRef, useState } from 'react';
export function Room({ apiKey, sessionId, token, connection }) {
  const sessionRef = useRef(null);
  const [canKick, setCanKick] = useState(false);
  const join = () => {
    sessionRef.current = OT.initSession(apiKey, sessionId);
    sessionRef.current.connect(token, () => setCanKick(sessionRef.current.capabilities.forceDisconnect === 1));
  };
  return canKick && <button onClick={() => sessionRef.current.forceDisconnect(connection)}>Remove</button>;
}`,
    // A class component: the flag kept in state by setState, read destructured.
    `import OT from '@opentok/client';
import React from 'react';
export default class Room extends React.Component {
  state = { canMute: false };
  componentDidMount() {
    this.session = OT.initSession(this.props.apiKey, this.props.sessionId);
    this.session.connect(this.props.token, () => this.setState({ canMute: this.session.capabilities.forceMute === 1 }));
  }
  muteAll = () => {
    const { canMute } = this.state;
    if (canMute) this.session.forceMuteAll();
  };
}`,
    // opentok-react: the session behind the OTSession ref, checked through a destructured alias.
    `import React from 'react';
import { OTSession } from 'opentok-react';
export default class App extends React.Component {
  otSession = React.createRef();
  kick(connection) {
    const { session } = this.otSession.current.sessionHelper;
    if (session.capabilities.forceDisconnect !== 1) return;
    this.otSession.current.sessionHelper.session.forceDisconnect(connection);
  }
}`,
    // Props: `props.session` and its destructured alias are the same session; a capabilities prop of unknown origin counts.
    `import { OTSubscriber } from 'opentok-react';
export function Controls(props) {
  const { session } = props;
  return props.session.capabilities.forceMute === 1 ? <button onClick={() => session.forceMuteAll()}>Mute all</button> : null;
}
export function Kick({ session, capabilities, connection }) {
  return capabilities.forceDisconnect === 1 && <button onClick={() => session.forceDisconnect(connection)}>Kick</button>;
}
export class Legacy extends React.Component {
  kick() { if (this.props.session.capabilities.forceDisconnect) this.props.session.forceDisconnect(this.props.connection); }
}`,
    // Vue: a data flag set from the capability in a method.
    `export default {
  data() { return { isModerator: false }; },
  mounted() {
    this.session = OT.initSession(this.apiKey, this.sessionId);
    this.session.connect(this.token, () => { this.isModerator = this.session.capabilities.forceDisconnect === 1; });
  },
  methods: {
    kick(connection) { if (this.isModerator) this.session.forceDisconnect(connection); },
  },
};`,
    // opentok-react-native: the booleans from getCapabilities() on the same ref.
    `import { OTSession } from 'opentok-react-native';
export function useModeration(sessionRef) {
  return {
    muteAll: async () => {
      const caps = await sessionRef.current.getCapabilities();
      if (caps.canForceMute) sessionRef.current.forceMuteAll();
    },
    kick: async (connectionId) => {
      if (!(await sessionRef.current.getCapabilities()).canForceDisconnect) return;
      sessionRef.current.forceDisconnect(connectionId);
    },
  };
}`,
    // opentok-react-native: the booleans compared with `true`.
    `import { OTSession } from 'opentok-react-native';
export async function kick(sessionRef, connectionId) {
  const { canForceDisconnect } = await sessionRef.current.getCapabilities();
  if (canForceDisconnect === true) sessionRef.current.forceDisconnect(connectionId);
}`,
    // opentok-react-native: capabilities kept in state (origin unknown, accepted).
    `import { OTSession } from 'opentok-react-native';
export function Toolbar({ sessionRef }) {
  const [caps, setCaps] = useState(null);
  return caps?.canForceMute ? <Button onPress={() => sessionRef.current.forceMuteAll()} title="Mute all" /> : null;
}`,
    // Server SDK calls are another rule's business: opentok, @vonage/video.
    {
      code: `const OpenTok = require('opentok');
const opentok = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET);
app.post('/kick', (req, res) => opentok.forceDisconnect(req.body.sessionId, req.body.connectionId, () => res.end()));`,
      languageOptions: { sourceType: 'commonjs' },
    },
    `import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.APP_ID, privateKey: process.env.KEY });
export const muteAll = (sessionId) => video.forceMuteAll(sessionId, []);`,
    // Unrelated libraries with the same method names, in files with no Vonage usage.
    `export const drop = (socket) => socket.forceDisconnect();
io.of('/chat').forceDisconnect(client);`,
    // publish() is only checked with `checkPublish`.
    `const session = OT.initSession(k, s); session.publish(OT.initPublisher());`,
    {
      // With checkPublish, a checked publish.
      code: `const session = OT.initSession(k, s);
session.connect(token, () => { if (session.capabilities.publish === 1) session.publish(OT.initPublisher('me')); });`,
      options: [{ checkPublish: true }],
    },
    {
      // With detection limited to tracked calls, a by-name call (a session from props) is not checked.
      code: `import { OTPublisher } from 'opentok-react';
export const Kick = ({ session, connection }) => <button onClick={() => session.forceDisconnect(connection)} />;`,
      settings: { 'vonage-video': { detection: 'tracked' } },
    },
    {
      // TypeScript: assertions and non-null around the receiver do not hide the session.
      code: `import OT from '@opentok/client';
export class Moderator {
  private session?: OT.Session;
  kick(connection: OT.Connection): void {
    if (this.session!.capabilities.forceDisconnect !== 1) return;
    (this.session as OT.Session).forceDisconnect(connection);
  }
}`,
      parsers: ['typescript'],
    },
  ],
  invalid: [
    {
      // Script-tag page, OT undeclared: an unguarded kick.
      code: scriptPage,
      languageOptions: { sourceType: 'script' },
      errors: [
        {
          messageId: 'missingCheck',
          ...at(scriptPage, 'forceDisconnect'),
          data: { method: 'forceDisconnect', check: browser('forceDisconnect') },
          suggestions: [
            wrap(
              scriptPage,
              'forceDisconnect',
              'session.capabilities.forceDisconnect === 1',
              'session.forceDisconnect(connection);',
              'if (session.capabilities.forceDisconnect === 1) { session.forceDisconnect(connection); }',
            ),
          ],
        },
      ],
    },
    {
      // OT declared as a global; the wrap takes the whole .then().catch() statement.
      code: declaredGlobal,
      languageOptions: { sourceType: 'script', globals: { OT: 'readonly' } },
      errors: [
        {
          messageId: 'missingCheck',
          ...at(declaredGlobal, 'forceUnpublish'),
          data: { method: 'forceUnpublish', check: browser('forceUnpublish') },
          suggestions: [
            wrap(
              declaredGlobal,
              'forceUnpublish',
              'session.capabilities.forceUnpublish === 1',
              "session.forceUnpublish(stream).then(() => toast('removed')).catch(report);",
              "if (session.capabilities.forceUnpublish === 1) { session.forceUnpublish(stream).then(() => toast('removed')).catch(report); }",
            ),
          ],
        },
      ],
    },
    {
      // A check on a different session does not count.
      code: otherSession,
      errors: [
        {
          messageId: 'missingCheck',
          ...at(otherSession, 'forceMuteAll'),
          data: { method: 'forceMuteAll', check: browser('forceMute') },
          suggestions: [
            wrap(
              otherSession,
              'forceMuteAll',
              'session.capabilities.forceMute === 1',
              'session.forceMuteAll();',
              'if (session.capabilities.forceMute === 1) { session.forceMuteAll(); }',
            ),
          ],
        },
      ],
    },
    {
      // A check of another capability does not count (also through permittedTo()), nor a comparison with a runtime value.
      code: otherCapability,
      errors: [
        {
          messageId: 'missingCheck',
          ...at(otherCapability, 'forceMuteAll'),
          data: { method: 'forceMuteAll', check: browser('forceMute') },
          suggestions: [
            wrap(
              otherCapability,
              'forceMuteAll',
              'session.capabilities.forceMute === 1',
              'session.forceMuteAll();',
              'if (session.capabilities.forceMute === 1) { session.forceMuteAll(); }',
            ),
          ],
        },
        {
          messageId: 'missingCheck',
          ...within(otherCapability, '&& session', 'disableForceMute'),
          data: { method: 'disableForceMute', check: browser('forceMute') },
          suggestions: [],
        },
        {
          messageId: 'missingCheck',
          ...within(otherCapability, 'session.forceUnpublish', 'forceUnpublish'),
          data: { method: 'forceUnpublish', check: browser('forceUnpublish') },
          suggestions: [
            wrap(
              otherCapability,
              'forceUnpublish',
              'session.capabilities.forceUnpublish === 1',
              'session.forceUnpublish(stream);',
              'if (session.capabilities.forceUnpublish === 1) { session.forceUnpublish(stream); }',
            ),
          ],
        },
      ],
    },
    {
      // A check that does not stop the call.
      code: noExit,
      errors: [
        {
          messageId: 'missingCheck',
          ...within(noExit, 'session.forceMuteStream', 'forceMuteStream'),
          data: { method: 'forceMuteStream', check: browser('forceMute') },
          suggestions: [
            wrap(
              noExit,
              'forceMuteStream',
              'session.capabilities.forceMute === 1',
              'session.forceMuteStream(stream);',
              'if (session.capabilities.forceMute === 1) { session.forceMuteStream(stream); }',
            ),
          ],
        },
      ],
    },
    {
      // The check the wrong way round: it returns when the capability is there.
      code: inverted,
      errors: [
        {
          messageId: 'missingCheck',
          ...within(inverted, 'session.forceDisconnect', 'forceDisconnect'),
          data: { method: 'forceDisconnect', check: browser('forceDisconnect') },
          suggestions: [
            wrap(
              inverted,
              'forceDisconnect',
              'session.capabilities.forceDisconnect === 1',
              'session.forceDisconnect(connection);',
              'if (session.capabilities.forceDisconnect === 1) { session.forceDisconnect(connection); }',
            ),
          ],
        },
      ],
    },
    {
      // `if (a) call(); else …`: the wrapped call gets braces so the else stays with the outer if.
      code: danglingElse,
      errors: [
        {
          messageId: 'missingCheck',
          ...at(danglingElse, 'forceDisconnect'),
          data: { method: 'forceDisconnect', check: browser('forceDisconnect') },
          suggestions: [
            wrap(
              danglingElse,
              'forceDisconnect',
              'session.capabilities.forceDisconnect === 1',
              'session.forceDisconnect(connection);',
              '{ if (session.capabilities.forceDisconnect === 1) { session.forceDisconnect(connection); } }',
            ),
          ],
        },
      ],
    },
    {
      // The call's value is returned: no wrap that would change it.
      code: valueUsed,
      errors: [{ messageId: 'missingCheck', ...at(valueUsed, 'forceDisconnect'), data: { method: 'forceDisconnect', check: browser('forceDisconnect') }, suggestions: [] }],
    },
    {
      // A flag that may hold `true` without the check proves nothing.
      code: unknownGuardFlag,
      errors: [
        {
          messageId: 'missingCheck',
          ...at(unknownGuardFlag, 'disableForceMute'),
          data: { method: 'disableForceMute', check: browser('forceMute') },
          suggestions: [
            wrap(
              unknownGuardFlag,
              'disableForceMute',
              'session.capabilities.forceMute === 1',
              'session.disableForceMute();',
              'if (session.capabilities.forceMute === 1) { session.disableForceMute(); }',
            ),
          ],
        },
      ],
    },
    {
      // React hooks with a ref: an arrow assigned to a variable (no suggestion: its value may be used), and a JSX
      // handler (its body becomes a block; optional chaining is kept in the check).
      code: hookRefs,
      errors: [
        {
          messageId: 'missingCheck',
          ...within(hookRefs, 'const kick', 'forceDisconnect'),
          data: { method: 'forceDisconnect', check: browser('forceDisconnect') },
          suggestions: [],
        },
        {
          messageId: 'missingCheck',
          ...within(hookRefs, 'onClick', 'forceDisconnect'),
          data: { method: 'forceDisconnect', check: browser('forceDisconnect') },
          suggestions: [
            wrap(
              hookRefs,
              'forceDisconnect',
              'sessionRef.current?.capabilities.forceDisconnect === 1',
              '() => sessionRef.current?.forceDisconnect(connection)}',
              '() => { if (sessionRef.current?.capabilities.forceDisconnect === 1) { sessionRef.current?.forceDisconnect(connection); } }}',
            ),
          ],
        },
      ],
    },
    {
      // A parenthesised arrow body in JSX, with a session from props (by name, browser SDK imported).
      code: hookParenthesised,
      errors: [
        {
          messageId: 'missingCheck',
          ...at(hookParenthesised, 'forceUnpublish'),
          data: { method: 'forceUnpublish', check: browser('forceUnpublish') },
          suggestions: [
            wrap(
              hookParenthesised,
              'forceUnpublish',
              'session.capabilities.forceUnpublish === 1',
              '() => (session.forceUnpublish(stream))}',
              '() => { if (session.capabilities.forceUnpublish === 1) { session.forceUnpublish(stream); } }}',
            ),
          ],
        },
      ],
    },
    {
      // A class component's this.session, awaited.
      code: classComponent,
      errors: [
        {
          messageId: 'missingCheck',
          ...at(classComponent, 'forceMuteStream'),
          data: { method: 'forceMuteStream', check: browser('forceMute') },
          suggestions: [
            wrap(
              classComponent,
              'forceMuteStream',
              'this.session.capabilities.forceMute === 1',
              'await this.session.forceMuteStream(stream);',
              'if (this.session.capabilities.forceMute === 1) { await this.session.forceMuteStream(stream); }',
            ),
          ],
        },
      ],
    },
    {
      // opentok-react's session behind the OTSession ref (by name).
      code: opentokReact,
      errors: [
        {
          messageId: 'missingCheck',
          ...at(opentokReact, 'forceDisconnect'),
          data: { method: 'forceDisconnect', check: browser('forceDisconnect') },
          suggestions: [
            wrap(
              opentokReact,
              'forceDisconnect',
              'this.otSession.current.sessionHelper.session.capabilities.forceDisconnect === 1',
              'this.otSession.current.sessionHelper.session.forceDisconnect(connection);',
              'if (this.otSession.current.sessionHelper.session.capabilities.forceDisconnect === 1) { this.otSession.current.sessionHelper.session.forceDisconnect(connection); }',
            ),
          ],
        },
      ],
    },
    {
      // Vue: this.session in a method, guarded by an unrelated flag.
      code: vue,
      errors: [
        {
          messageId: 'missingCheck',
          ...at(vue, 'forceDisconnect'),
          data: { method: 'forceDisconnect', check: browser('forceDisconnect') },
          suggestions: [
            wrap(
              vue,
              'forceDisconnect',
              'this.session.capabilities.forceDisconnect === 1',
              'this.session.forceDisconnect(connection);',
              'if (this.session.capabilities.forceDisconnect === 1) { this.session.forceDisconnect(connection); }',
            ),
          ],
        },
      ],
    },
    {
      // opentok-react-native, in an async function: the getCapabilities() form (optional chaining kept).
      code: reactNativeAsync,
      errors: [
        {
          messageId: 'missingCheck',
          ...at(reactNativeAsync, 'forceMuteAll'),
          data: { method: 'forceMuteAll', check: reactNative('canForceMute') },
          suggestions: [
            wrap(
              reactNativeAsync,
              'forceMuteAll',
              '(await sessionRef.current?.getCapabilities())?.canForceMute',
              'sessionRef.current?.forceMuteAll();',
              'if ((await sessionRef.current?.getCapabilities())?.canForceMute) { sessionRef.current?.forceMuteAll(); }',
            ),
          ],
        },
      ],
    },
    {
      // opentok-react-native outside an async function (a sync arrow, the module body): getCapabilities() cannot be
      // awaited there, so no suggestion.
      code: reactNativeSync,
      errors: [
        { messageId: 'missingCheck', ...at(reactNativeSync, 'disableForceMute'), data: { method: 'disableForceMute', check: reactNative('canForceMute') }, suggestions: [] },
        { messageId: 'missingCheck', ...at(reactNativeSync, 'forceMuteAll'), data: { method: 'forceMuteAll', check: reactNative('canForceMute') }, suggestions: [] },
      ],
    },
    {
      // opentok-react-native (CommonJS): capabilities of another ref do not count.
      code: reactNativeOtherRef,
      languageOptions: { sourceType: 'commonjs' },
      errors: [
        {
          messageId: 'missingCheck',
          ...at(reactNativeOtherRef, 'forceMuteAll'),
          data: { method: 'forceMuteAll', check: reactNative('canForceMute') },
          suggestions: [
            wrap(
              reactNativeOtherRef,
              'forceMuteAll',
              '(await sessionRef.current.getCapabilities()).canForceMute',
              'if (caps.canForceMute) sessionRef.current.forceMuteAll();',
              'if (caps.canForceMute) if ((await sessionRef.current.getCapabilities()).canForceMute) { sessionRef.current.forceMuteAll(); }',
            ),
          ],
        },
      ],
    },
    {
      // A session from a module of the project's own: either SDK's check is named; the browser form is suggested.
      code: unknownFlavour,
      errors: [
        {
          messageId: 'missingCheck',
          ...at(unknownFlavour, 'forceMuteAll'),
          data: { method: 'forceMuteAll', check: either('forceMute', 'canForceMute') },
          suggestions: [
            wrap(
              unknownFlavour,
              'forceMuteAll',
              'session.capabilities.forceMute === 1',
              'session.forceMuteAll();',
              'if (session.capabilities.forceMute === 1) { session.forceMuteAll(); }',
            ),
          ],
        },
      ],
    },
    {
      // A receiver that needs parentheses in the check.
      code: parenthesisedReceiver,
      errors: [
        {
          messageId: 'missingCheck',
          ...at(parenthesisedReceiver, 'forceDisconnect'),
          data: { method: 'forceDisconnect', check: browser('forceDisconnect') },
          suggestions: [
            wrap(
              parenthesisedReceiver,
              'forceDisconnect',
              '(window.activeSession || session).capabilities.forceDisconnect === 1',
              '(window.activeSession || session).forceDisconnect(connection);',
              'if ((window.activeSession || session).capabilities.forceDisconnect === 1) { (window.activeSession || session).forceDisconnect(connection); }',
            ),
          ],
        },
      ],
    },
    {
      // checkPublish: publishing needs `capabilities.publish` (subscriber-only tokens cannot publish).
      code: publish,
      options: [{ checkPublish: true }],
      errors: [
        {
          messageId: 'missingCheck',
          ...within(publish, 'session.publish', 'publish'),
          data: { method: 'publish', check: browser('publish') },
          suggestions: [
            wrap(publish, 'publish', 'session.capabilities.publish === 1', 'session.publish(publisher);', 'if (session.capabilities.publish === 1) { session.publish(publisher); }'),
          ],
        },
      ],
    },
    {
      // TypeScript: a non-null ref.
      code: typescriptNonNull,
      parsers: ['typescript'],
      errors: [
        {
          messageId: 'missingCheck',
          ...at(typescriptNonNull, 'forceDisconnect'),
          data: { method: 'forceDisconnect', check: browser('forceDisconnect') },
          suggestions: [
            wrap(
              typescriptNonNull,
              'forceDisconnect',
              'sessionRef.current!.capabilities.forceDisconnect === 1',
              'sessionRef.current!.forceDisconnect(connection);',
              'if (sessionRef.current!.capabilities.forceDisconnect === 1) { sessionRef.current!.forceDisconnect(connection); }',
            ),
          ],
        },
      ],
    },
    {
      // A browser session from props, with a completion callback (matched by name: the receiver is a session).
      code: `import { OTPublisher } from 'opentok-react';
export const kick = (session, connection, onDone) => { session.forceDisconnect(connection, onDone); };`,
      errors: [
        {
          messageId: 'missingCheck',
          line: 2,
          column: 64,
          endLine: 2,
          endColumn: 79,
          data: { method: 'forceDisconnect', check: browser('forceDisconnect') },
          suggestions: [
            {
              messageId: 'wrapInCheck',
              data: { method: 'forceDisconnect', condition: 'session.capabilities.forceDisconnect === 1' },
              output: `import { OTPublisher } from 'opentok-react';
export const kick = (session, connection, onDone) => { if (session.capabilities.forceDisconnect === 1) { session.forceDisconnect(connection, onDone); } };`,
            },
          ],
        },
      ],
    },
    {
      // opentok-react-native: mute all but some streams, on the <OTSession> ref.
      code: `import { OTSession } from 'opentok-react-native';
export async function muteOthers(sessionRef, keep) { sessionRef.current.forceMuteAll(keep); }`,
      errors: [
        {
          messageId: 'missingCheck',
          line: 2,
          column: 73,
          endLine: 2,
          endColumn: 85,
          data: { method: 'forceMuteAll', check: reactNative('canForceMute') },
          suggestions: [
            {
              messageId: 'wrapInCheck',
              data: { method: 'forceMuteAll', condition: '(await sessionRef.current.getCapabilities()).canForceMute' },
              output: `import { OTSession } from 'opentok-react-native';
export async function muteOthers(sessionRef, keep) { if ((await sessionRef.current.getCapabilities()).canForceMute) { sessionRef.current.forceMuteAll(keep); } }`,
            },
          ],
        },
      ],
    },
    {
      // A state flag whose setter is handed to another component: the rule cannot see what it is set to.
      code: setterPassedOn,
      errors: [
        {
          messageId: 'missingCheck',
          ...at(setterPassedOn, 'forceMuteStream'),
          data: { method: 'forceMuteStream', check: browser('forceMute') },
          suggestions: [
            wrap(
              setterPassedOn,
              'forceMuteStream',
              'session.capabilities.forceMute === 1',
              '() => session.forceMuteStream(stream)}',
              '() => { if (session.capabilities.forceMute === 1) { session.forceMuteStream(stream); } }}',
            ),
          ],
        },
      ],
    },
  ],
});


// --- server routes that force-disconnect or mute -------------------------------------------------------------------
const SERVER = `const OpenTok = require('opentok');\nconst opentok = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET);\nconst app = require('express')();\n`;
const VIDEO_SERVER = `import { Video } from '@vonage/video';\nconst video = new Video({ applicationId: process.env.APP_ID, privateKey: process.env.PRIVATE_KEY });\n`;
const kickSignedIn = `${SERVER}app.post('/rooms/:id/kick', requireAuth, (req, res) => {
  opentok.forceDisconnect(req.params.id, req.body.connectionId, () => res.sendStatus(204));
});
`;
const muteNext = `${VIDEO_SERVER}import { getServerSession } from 'next-auth';
export async function POST(request) {
  const session = await getServerSession();
  if (!session) return new Response(null, { status: 401 });
  const { sessionId, streamId } = await request.json();
  await video.muteStream(sessionId, streamId);
  return new Response(null, { status: 204 });
}
`;
const restKick = `${SERVER}const axios = require('axios');
app.delete('/rooms/:sid/connections/:cid', requireAuth, async (req, res) => {
  await axios.delete(\`https://api.opentok.com/v2/project/\${process.env.OT_KEY}/session/\${req.params.sid}/connection/\${req.params.cid}\`, { headers: { 'X-OPENTOK-AUTH': projectJwt() } });
  res.sendStatus(204);
});
`;

const nestKick = `${VIDEO_SERVER}import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { JwtAuthGuard } from './jwt-auth.guard';
@Controller('calls')
@UseGuards(JwtAuthGuard)
export class CallsController {
  @Post('kick')
  async kick(@Body() body: { sessionId: string; connectionId: string }) {
    await video.disconnectClient(body.sessionId, body.connectionId);
  }
}
`;
const restFetchCall = `fetch(\`https://video.api.vonage.com/v2/project/\${process.env.APP_ID}/session/\${req.params.sid}/mute\`, { method: 'POST', headers: { Authorization: \`Bearer \${appJwt()}\` }, body: '{}' })`;
const restFetch = `${SERVER}app.post('/rooms/:sid/mute', requireAuth, async (req, res) => {
  await ${restFetchCall};
  res.sendStatus(204);
});
`;

runRuleTester('require-capability-check (server routes)', rule, {
  valid: [
    // A role check, in the handler or as middleware.
    { code: `${SERVER}app.post('/kick', requireAuth, (req, res) => {\n  if (req.user.role !== 'moderator') return res.sendStatus(403);\n  opentok.forceDisconnect(req.body.s, req.body.c, () => res.end());\n});\n` },
    { code: `${SERVER}app.post('/kick', requireAuth, requireRole('moderator'), (req, res) => opentok.forceDisconnect(req.body.s, req.body.c, () => res.end()));\n` },
    { code: `${SERVER}app.post('/kick', requireAuth, async (req, res) => {\n  if (!(await isModerator(req.user, req.body.s))) return res.sendStatus(403);\n  opentok.forceMuteAll(req.body.s, {}, () => res.end());\n});\n` },
    { code: `${SERVER}app.post('/kick', requireAuth, (req, res) => {\n  if (!can(req.user, 'moderate')) return res.end();\n  opentok.forceDisconnect(req.body.s, req.body.c, () => res.end());\n});\n` },
    // Ownership: the caller owns the room.
    { code: `${SERVER}app.post('/kick', requireAuth, async (req, res) => {\n  const room = await db.rooms.find(req.body.room);\n  if (room.ownerId !== req.user.id) return res.end();\n  opentok.forceDisconnect(room.sessionId, req.body.c, () => res.end());\n});\n` },
    // Middleware the file installs, and an admin path.
    { code: `${SERVER}app.use(requireAuth);\napp.use(adminOnly);\napp.post('/kick', (req, res) => { if (req.user) opentok.forceDisconnect(req.body.s, req.body.c, () => res.end()); });\n` },
    { code: `${SERVER}app.post('/admin/kick', requireAuth, (req, res) => opentok.forceDisconnect(req.body.s, req.body.c, () => res.end()));\n` },
    // Not authenticated at all: \`require-authenticated-endpoint\` reports it.
    { code: `${SERVER}app.post('/kick', (req, res) => opentok.forceDisconnect(req.body.s, req.body.c, () => res.end()));\n` },
    // Not in a route: a script or a job.
    { code: `${SERVER}async function cleanUp(sessionId, ids) { for (const id of ids) opentok.forceDisconnect(sessionId, id, () => {}); }\n` },
    // NestJS: a roles decorator on the method or the class.
    { code: nestKick.replace("@Post('kick')", "@Post('kick')\n  @Roles('moderator')"), parsers: ['typescript'] },
    { code: nestKick.replace('@UseGuards(JwtAuthGuard)', '@UseGuards(JwtAuthGuard, RolesGuard)'), parsers: ['typescript'] },
    // The HTTP Host header is not a host check; a \`can\` helper and a "403" are.
    { code: `${SERVER}app.post('/kick', requireAuth, (req, res) => {\n  if (!canModerate(req.user)) return res.sendStatus(403);\n  opentok.forceDisconnect(req.body.s, req.body.c, () => res.end());\n});\n` },
    // A service class and a plain function, twice in one file: no route.
    { code: `${SERVER}class Rooms {\n  kick(s, c) { opentok.forceDisconnect(s, c, () => {}); }\n  muteAll(s) { opentok.forceMuteAll(s, {}, () => {}); }\n}\nmodule.exports = Rooms;\n` },
    // Not a force operation.
    { code: `${SERVER}app.post('/token', requireAuth, (req, res) => res.json({ token: opentok.generateToken(req.body.s) }));\n` },
  ],
  invalid: [
    {
      code: kickSignedIn,
      errors: [{ messageId: 'missingModeratorCheck', ...at(kickSignedIn, 'forceDisconnect'), data: { route: 'Route `POST /rooms/:id/kick`', action: 'force-disconnect' } }],
    },
    {
      code: muteNext,
      filename: 'app/api/mute/route.js',
      errors: [{ messageId: 'missingModeratorCheck', ...at(muteNext, 'muteStream'), data: { route: 'Route handler `POST /api/mute`', action: 'force-mute' } }],
    },
    {
      code: nestKick,
      parsers: ['typescript'],
      errors: [{ messageId: 'missingModeratorCheck', ...at(nestKick, 'disconnectClient'), data: { route: 'Route `POST /calls/kick`', action: 'force-disconnect' } }],
    },
    {
      // The Host header and a comparison with a literal are no authorisation; a \`use()\` of a body parser is no guard.
      code: `${SERVER}app.use(express.json());\napp.post('/kick', requireAuth, (req, res) => {\n  if (req.headers.host === 'localhost') return res.end();\n  opentok.forceMuteAll(req.body.s, {}, () => res.end());\n});\n`,
      errors: [{ messageId: 'missingModeratorCheck', line: 7, column: 11, endLine: 7, endColumn: 23, data: { route: 'Route `POST /kick`', action: 'mute all' } }],
    },
    {
      // Inside a callback of the handler; both calls of one route are reported.
      code: `${SERVER}app.post('/clear', requireAuth, (req, res) => {\n  req.body.ids.forEach(id => opentok.forceDisconnect(req.body.s, id, () => {}));\n  opentok.forceMuteAll(req.body.s, {}, () => res.end());\n});\n`,
      errors: [
        { messageId: 'missingModeratorCheck', line: 5, column: 38, endLine: 5, endColumn: 53, data: { route: 'Route `POST /clear`', action: 'force-disconnect' } },
        { messageId: 'missingModeratorCheck', line: 6, column: 11, endLine: 6, endColumn: 23, data: { route: 'Route `POST /clear`', action: 'mute all' } },
      ],
    },
    {
      // A bare \`fetch(…)\` is reported at the whole call.
      code: restFetch,
      errors: [{ messageId: 'missingModeratorCheck', ...at(restFetch, restFetchCall), data: { route: 'Route `POST /rooms/:sid/mute`', action: 'mute all' } }],
    },
    {
      code: restKick,
      errors: [{ messageId: 'missingModeratorCheck', ...at(restKick, 'delete', 2), data: { route: 'Route `DELETE /rooms/:sid/connections/:cid`', action: 'force-disconnect' } }],
    },
  ],
});
