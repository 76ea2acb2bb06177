// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { EraseSection } from '../../../src/popup/options/EraseSection';
import type { Request } from '../../../src/shared/schema/messages';
import { click, getButton, getField, type Mounted, mount, type } from './dom';
import { FakeClient } from './fake-client';

let view: Mounted;
afterEach(() => view.unmount());

class ErasingClient extends FakeClient {
  override request(req: Request): Promise<never> {
    if (req.type === 'eraseAllData') {
      this.calls.push(req);
      return Promise.resolve({ removedKeys: 12, reseeded: req.reseed, syncTurnedOff: true } as never);
    }
    return super.request(req as never) as Promise<never>;
  }
}

describe('erase all data', () => {
  it('does nothing until the confirmation word is typed, then erases and says so', async () => {
    const client = new ErasingClient();
    let erased = 0;
    view = await mount(<EraseSection onErased={() => erased++} />, client);
    await click(getButton(view.container, 'Erase everything'));
    expect(client.calls.filter((c) => c.type === 'eraseAllData')).toHaveLength(0);
    expect(view.container.querySelector('[role="alert"]')?.textContent).toContain('Type ERASE');
    await type(getField(view.container, 'Type ERASE to confirm'), ' erase ');
    await click(getButton(view.container, 'Erase everything'));
    expect(client.calls.filter((c) => c.type === 'eraseAllData')).toEqual([
      { type: 'eraseAllData', reseed: false },
    ]);
    expect(erased).toBe(1);
    expect(view.container.querySelector('[role="status"]')?.textContent).toMatch(/erased.*Sync is now off/);
  });
});
