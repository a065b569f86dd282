import { describe, expect, it } from 'vitest';

import { getDetection } from '../../src/analysis/sdk-calls';
import { probe } from '../helpers/sdk-probe';

const ts = { parser: 'typescript' } as const;
const cjs = { sourceType: 'commonjs' } as const;

describe('server SDK: opentok', () => {
  it('tracks require() with require declared (CommonJS)', () => {
    const found = probe(
      `const OpenTok = require('opentok');
       const opentok = new OpenTok(process.env.KEY, process.env.SECRET);
       opentok.createSession({ mediaMode: 'routed' }, (err, session) => {
         const token = opentok.generateToken(session.sessionId, { role: 'publisher' });
       });`,
      cjs,
    );
    expect(found.constructions).toEqual(['OpenTok@2']);
    expect(found.calls).toEqual(['createSession@3 session.create opentok tracked', 'generateToken@4 token.generate opentok tracked']);
    expect(found.showsVonageUsage).toBe(true);
  });

  it('tracks require() when require is not a declared global (no Node globals configured)', () => {
    const found = probe(`const OpenTok = require('opentok'); const ot = OpenTok(k, s); ot.startArchive(sid, {}, cb);`, { sourceType: 'script' });
    expect(found.constructions).toEqual(['OpenTok@1']);
    expect(found.calls).toEqual(['startArchive@1 archive.start opentok tracked']);
  });

  it('tracks the default import, aliases and a variable reassigned from the instance', () => {
    const found = probe(`import OT2 from 'opentok'; const client = new OT2(k, s); const same = client; same.forceDisconnect(sid, cid, cb);`);
    expect(found.calls).toEqual(['forceDisconnect@1 moderation.disconnect opentok tracked']);
  });

  it("tracks TypeScript's import = require()", () => {
    const found = probe(`import OpenTok = require('opentok'); const ot = new OpenTok(k, s); export const t = ot.generateToken(sid);`, ts);
    expect(found.constructions).toEqual(['OpenTok@1']);
    expect(found.calls).toEqual(['generateToken@1 token.generate opentok tracked']);
  });

  it('tracks the session given to the createSession callback', () => {
    const found = probe(
      `import OpenTok from 'opentok';
       const ot = new OpenTok(k, s);
       ot.createSession({}, function (error, session) {
         res.json({ token: session.generateToken({ role: 'subscriber' }) });
       });`,
    );
    expect(found.calls).toEqual(['createSession@3 session.create opentok tracked', 'generateToken@4 token.generate opentok tracked']);
  });

  it('tracks instances kept in class fields, in constructors and in object properties', () => {
    const found = probe(
      `import OpenTok from 'opentok';
       class VideoService {
         ot = new OpenTok(k, s);
         token(sid) { return this.ot.generateToken(sid); }
       }
       class Other {
         constructor() { this.client = new OpenTok(k, s); }
         kick(sid, cid) { this.client.forceDisconnect(sid, cid, () => {}); }
       }
       const services = { opentok: new OpenTok(k, s) };
       services.opentok.stopArchive(id, cb);
       const app = {};
       app.ot = new OpenTok(k, s);
       app.ot.deleteArchive(id, cb);`,
    );
    expect(found.calls).toEqual([
      'generateToken@4 token.generate opentok tracked',
      'forceDisconnect@8 moderation.disconnect opentok tracked',
      'stopArchive@11 archive.stop opentok tracked',
      'deleteArchive@14 archive.delete opentok tracked',
    ]);
  });

  it('tracks a variable copied into a holder, optional chaining and TS wrappers', () => {
    const found = probe(
      `import OpenTok from 'opentok';
       const ot = new OpenTok(k, s);
       class Holder { constructor() { this.ot = ot; } run() { (this.ot as any).startBroadcast(sid, opts, cb); this.ot?.stopBroadcast(id, cb); } }`,
      ts,
    );
    expect(found.calls).toEqual(['startBroadcast@3 broadcast.start opentok tracked', 'stopBroadcast@3 broadcast.stop opentok tracked']);
  });
});

describe('server SDK: @vonage/video and @vonage/server-sdk', () => {
  it('tracks named, aliased and namespace imports', () => {
    const found = probe(
      `import { Video } from '@vonage/video';
       import { Video as V } from '@vonage/video';
       import * as video from '@vonage/video';
       const a = new Video({ applicationId, privateKey });
       const b = new V({ applicationId, privateKey });
       const c = new video.Video({ applicationId, privateKey });
       a.generateClientToken(sid, { role: 'moderator' });
       await b.createSession({ mediaMode: 'routed' });
       c.startArchive(sid);`,
    );
    expect(found.constructions).toEqual(['Video@4', 'Video@5', 'Video@6']);
    expect(found.calls).toEqual([
      'generateClientToken@7 token.generate @vonage/video tracked',
      'createSession@8 session.create @vonage/video tracked',
      'startArchive@9 archive.start @vonage/video tracked',
    ]);
  });

  it('tracks vonage.video through members, destructuring and variables', () => {
    const found = probe(
      `const { Vonage } = require('@vonage/server-sdk');
       const vonage = new Vonage({ applicationId, privateKey });
       vonage.video.generateClientToken(sid);
       const { video } = vonage;
       video.disconnectClient(sid, cid);
       const v = vonage.video;
       v.initiateSIPCall(sid, { token, sip: { uri } });`,
      cjs,
    );
    expect(found.constructions).toEqual(['Vonage@2']);
    expect(found.calls).toEqual([
      'generateClientToken@3 token.generate @vonage/video tracked',
      'disconnectClient@5 moderation.disconnect @vonage/video tracked',
      'initiateSIPCall@7 sip.dial @vonage/video tracked',
    ]);
  });

  it('tracks NestJS-style injected and field-held clients', () => {
    const found = probe(
      `import { Injectable } from '@nestjs/common';
       import { Video } from '@vonage/video';
       import { Vonage } from '@vonage/server-sdk';
       @Injectable()
       export class RoomsService {
         private readonly vonage: Vonage;
         constructor(private readonly video: Video, vonage: Vonage) {
           this.vonage = vonage;
         }
         token(sid: string) { return this.video.generateClientToken(sid, { role: 'publisher' }); }
         kick(sid: string, cid: string) { return this.vonage.video.disconnectClient(sid, cid); }
       }`,
      ts,
    );
    expect(found.calls).toEqual([
      'generateClientToken@10 token.generate @vonage/video tracked',
      'disconnectClient@11 moderation.disconnect @vonage/video tracked',
    ]);
  });

  it('records @vonage/auth credentials as constructions', () => {
    const found = probe(`import { Auth } from '@vonage/auth'; import { Video } from '@vonage/video'; const v = new Video(new Auth({ applicationId, privateKey }));`);
    expect(found.constructions.sort()).toEqual(['Auth@1', 'Video@1']);
  });
});

describe('browser SDK', () => {
  it('tracks the undeclared global OT (script-tag page) and the session it creates', () => {
    const found = probe(
      `var session = OT.initSession(apiKey, sessionId);
       session.connect(token, function (error) {});
       session.forceDisconnect(connection);
       OT.setLogLevel(OT.DEBUG);`,
      { sourceType: 'script' },
    );
    expect(found.calls).toEqual([
      'initSession@1 client.init-session browser tracked',
      'connect@2 client.connect browser tracked',
      'forceDisconnect@3 moderation.disconnect browser tracked',
      'setLogLevel@4 client.set-log-level browser tracked',
    ]);
    expect(found.showsVonageUsage).toBe(true);
  });

  it('tracks declared globals, window.OT and the legacy TB alias', () => {
    const found = probe(`const s = window.OT.initSession(a, b); s.forceUnpublish(stream); TB.setLogLevel(5); OT.setProxyUrl(u);`, {
      sourceType: 'script',
      globals: { OT: 'readonly', window: 'readonly' },
    });
    expect(found.calls).toEqual([
      'initSession@1 client.init-session browser tracked',
      'forceUnpublish@1 moderation.unpublish browser tracked',
      'setLogLevel@1 client.set-log-level browser tracked',
      'setProxyUrl@1 client.set-proxy-url browser tracked',
    ]);
  });

  it('tracks @opentok/client and @vonage/client-sdk-video imports', () => {
    const found = probe(
      `import OT from '@opentok/client';
       import * as VT from '@vonage/client-sdk-video';
       const s = OT.initSession(a, b);
       s.forceMuteAll();
       VT.initSession(a, b).setEncryptionSecret(secret);`,
    );
    expect(found.calls).toEqual([
      'initSession@3 client.init-session browser tracked',
      'forceMuteAll@4 moderation.mute-all browser tracked',
      'initSession@5 client.init-session browser tracked',
      'setEncryptionSecret@5 client.set-encryption-secret browser tracked',
    ]);
  });

  it('does not track a local variable named OT', () => {
    const found = probe(`const OT = makeThing(); OT.initSession(a, b).connect(t);`);
    expect(found.calls).toEqual([]);
    expect(found.showsVonageUsage).toBe(false);
  });
});

describe('React wrappers', () => {
  it('matches opentok-react and opentok-react-native components, aliased or not', () => {
    const found = probe(
      `import { OTSession, OTPublisher as Pub } from 'opentok-react';
       const { OTSubscriber } = require('opentok-react-native');
       export const Room = () => (<OTSession apiKey={k} sessionId={s} token={t}><Pub /><OTSubscriber /></OTSession>);`,
    );
    expect(found.components).toEqual(['OTSession@3 opentok-react tracked', 'OTPublisher@3 opentok-react tracked', 'OTSubscriber@3 opentok-react-native tracked']);
  });

  it('matches component names by name when the import is out of sight, not a local component of that name', () => {
    const byName = probe(`export const Room = () => <OTSession encryptionSecret={x} />;`);
    expect(byName.components).toEqual(['OTSession@1 ? by-name']);
    const local = probe(`const OTSession = () => null; export const Room = () => <OTSession />;`);
    expect(local.components).toEqual([]);
    const tracked = probe(`export const Room = () => <OTSession />;`, { settings: { 'vonage-video': { detection: 'tracked' } } });
    expect(tracked.components).toEqual([]);
  });
});

describe('by-name tier', () => {
  it('matches distinctive names on an instance from elsewhere, in any file', () => {
    const found = probe(`import { video } from './clients'; export const t = (sid) => video.generateClientToken(sid, { role: 'publisher' });`);
    expect(found.calls).toEqual(['generateClientToken@1 token.generate @vonage/video by-name']);
  });

  it('matches common names only with Vonage evidence in the file or the receiver name', () => {
    expect(probe(`export const t = (ot, sid) => ot.generateToken(sid, { role: 'publisher' });`).calls).toEqual([
      'generateToken@1 token.generate opentok by-name',
    ]);
    expect(probe(`import { svc } from '../lib/opentok'; export const t = (sid) => svc.generateToken(sid);`).calls).toEqual([
      'generateToken@1 token.generate opentok by-name',
    ]);
    expect(probe(`const { svc } = require('./vonage-client'); svc.startArchive(sid, opts, cb);`, cjs).calls).toEqual([
      'startArchive@1 archive.start opentok by-name',
    ]);
    // No evidence: an auth library's generateToken(user) is not ours.
    expect(probe(`export const t = (tokens, user) => tokens.generateToken(user);`).calls).toEqual([]);
  });

  it('rejects unrelated receivers and argument shapes that do not fit', () => {
    expect(probe(`import OpenTok from 'opentok'; jwt.generateToken(user); authService.generateToken(u);`).calls).toEqual([]);
    expect(probe(`import OpenTok from 'opentok'; helper.generateToken({ user }); helper.generateToken(sid, 'x'); helper.generateToken(...args);`).calls).toEqual([]);
    expect(probe(`import OpenTok from 'opentok'; thing.createSession('name');`).calls).toEqual([]);
    expect(probe(`import OpenTok from 'opentok'; other.forceDisconnect(1, 2, 3, 4);`).calls).toEqual([]);
  });

  it('takes a session receiver for a client session, never a server call', () => {
    expect(probe(`import { OTSession } from 'opentok-react-native'; ref.current.forceMuteAll(ids);`).calls).toEqual([
      'forceMuteAll@1 moderation.mute-all opentok-react-native by-name',
    ]);
    expect(probe(`import OT from '@opentok/client'; props.session.forceDisconnect(connection, done);`).calls).toEqual([
      'forceDisconnect@1 moderation.disconnect browser by-name',
    ]);
    expect(probe(`import OpenTok from 'opentok'; opentok.forceDisconnect(sessionId, connectionId, done);`).calls).toEqual([
      'forceDisconnect@1 moderation.disconnect opentok by-name',
    ]);
  });

  it('leaves the other Vonage APIs alone (vonage.voice shares method names with Video)', () => {
    expect(probe(`import { Vonage } from '@vonage/server-sdk'; const vonage = new Vonage({}); vonage.voice.generateToken(sid, {});`).calls).toEqual([]);
  });

  it('never matches names that other libraries use everywhere (connect, publish)', () => {
    expect(probe(`import OT from '@opentok/client'; client.connect(token); bus.publish(topic);`).calls).toEqual([]);
  });

  it('reads the shared detection setting', () => {
    const settings = { 'vonage-video': { detection: 'tracked' } };
    expect(probe(`video.generateClientToken(sid);`, { settings }).calls).toEqual([]);
    expect(getDetection(undefined)).toBe('all');
    expect(() => getDetection({ 'vonage-video': { detection: 'bogus' } })).toThrow("settings['vonage-video'].detection accepts 'all' or 'tracked'; got 'bogus'.");
    expect(getDetection(settings)).toBe('tracked');
  });
});

describe('evidence of Vonage usage', () => {
  it('comes from SDK imports, wrapper modules and the browser global', () => {
    expect(probe(`import x from './services/vonage';`).showsVonageUsage).toBe(true);
    expect(probe(`export * from './opentok-helpers';`).showsVonageUsage).toBe(true);
    expect(probe(`const x = require('./tokbox');`, cjs).showsVonageUsage).toBe(true);
    expect(probe(`import x = require('./opentok');`, ts).showsVonageUsage).toBe(true);
    expect(probe(`const express = require('express'); const x = require(name);`, cjs).showsVonageUsage).toBe(false);
    expect(probe(`const x = require(\`./vonage\`);`, { sourceType: 'script' }).showsVonageUsage).toBe(true);
  });
});
