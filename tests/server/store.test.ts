import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SyncStore } from '../../server/store.ts';
import { hashSecret, parseInviteCode } from '../../server/invite.ts';
import { tempDataFile } from './helpers.ts';

describe('sync server store', () => {
  it('keeps only a hash of the invite secret', () => {
    const file = tempDataFile();
    const store = new SyncStore(file);
    const { inviteCode } = store.addTeam('运营');
    store.close();
    const secret = parseInviteCode(inviteCode)!.secret;
    const raw = readFileSync(file);
    expect(raw.includes(Buffer.from(secret))).toBe(false);
    expect(raw.includes(hashSecret(secret))).toBe(true);
  });

  it('merges two instances’ copies of a document instead of letting the later one overwrite', () => {
    const store = new SyncStore(tempDataFile());
    const instanceA = new Y.Doc();
    const instanceB = new Y.Doc();
    instanceA.getMap('tasks').set('tick-from-a', true);
    instanceB.getMap('tasks').set('note-from-b', '满减');
    store.storeDocument('team/run/1', Y.encodeStateAsUpdate(instanceA));
    store.storeDocument('team/run/1', Y.encodeStateAsUpdate(instanceB));

    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, store.loadDocument('team/run/1')!);
    expect(loaded.getMap('tasks').toJSON()).toEqual({ 'tick-from-a': true, 'note-from-b': '满减' });
    store.close();
  });

  it('refuses a second team with the same name, whatever its case', () => {
    const store = new SyncStore(tempDataFile());
    store.addTeam('Ops Team');
    expect(() => store.addTeam(' ops team ')).toThrow('A team named "ops team" already exists');
    store.close();
  });

  it('revokes every code of a team by its name, and a new invite works again', () => {
    const store = new SyncStore(tempDataFile());
    const { team, inviteCode } = store.addTeam('客服');
    const second = store.addInvite('客服').inviteCode;
    expect(store.revoke('客服').revoked).toBe(2);
    expect(store.authenticate(inviteCode, `${team.id}/index`)).toEqual({ ok: false, reason: 'invite-revoked' });
    expect(store.authenticate(second, `${team.id}/index`)).toEqual({ ok: false, reason: 'invite-revoked' });
    const fresh = store.addInvite('客服').inviteCode;
    expect(store.authenticate(fresh, `${team.id}/index`)).toMatchObject({ ok: true, teamId: team.id });
    expect(store.listTeams()).toMatchObject([{ name: '客服', activeInvites: 1, revokedInvites: 2 }]);
    store.close();
  });
});
