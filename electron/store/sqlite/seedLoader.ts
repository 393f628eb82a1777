import type Database from 'better-sqlite3';
import type { SeedInput } from '../../seeds/readSeeds';
import { immediate } from './sync';

/**
 * Loads the seed dataset and built-in scenarios. Idempotent: a seed that is already loaded
 * (same hash) writes nothing. A changed seed updates seed values in one transaction; analyst
 * edits live in their own table and stay.
 */
export function loadSeed(db: Database.Database, input: SeedInput, now: () => string): boolean {
  const { hash } = input;
  const loaded = () => (db.prepare('SELECT hash FROM seed_state WHERE id = 1').get() as { hash: string } | undefined)?.hash === hash;
  if (loaded()) return false;
  const seed = input.read();
  return immediate(db, () => {
    // Another process starting at the same time may have loaded it while this one waited for the lock.
    if (loaded()) return false;
    const { dataset } = seed;
    const upsertGemeente = db.prepare(`
      INSERT INTO gemeente (code, name, member_from, member_until, note) VALUES (@code, @name, @memberFrom, @memberUntil, @note)
      ON CONFLICT (code) DO UPDATE SET name = excluded.name, member_from = excluded.member_from,
        member_until = excluded.member_until, note = excluded.note`);
    for (const g of dataset.gemeenten) upsertGemeente.run({ ...g, note: g.note ?? null });

    const upsertSeries = db.prepare(
      'INSERT INTO series (id, definition) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET definition = excluded.definition',
    );
    for (const s of dataset.series) upsertSeries.run(s.id, JSON.stringify(s));

    // The map's boundaries: the seed's division replaces the one before. A seed without them (a test's,
    // or one loaded into a database from before migration 3) leaves the table alone.
    if (dataset.boundaries) {
      db.prepare('INSERT INTO boundaries (id, definition) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET definition = excluded.definition').run(JSON.stringify(dataset.boundaries));
    }

    db.prepare('DELETE FROM relation').run();
    const insertRelation = db.prepare('INSERT INTO relation (id, definition) VALUES (?, ?)');
    for (const r of dataset.relations) insertRelation.run(r.id, JSON.stringify(r));

    const upsertFigure = db.prepare(`
      INSERT INTO figure (id, series, gemeente, seed_value, value_high, period_from, period_to, peildatum, expression, variant,
        source_document, source_place, source_quote, note, origin)
      VALUES (@id, @series, @gemeente, @value, @valueHigh, @periodFrom, @periodTo, @peildatum, @expression, @variant,
        @sourceDocument, @sourcePlace, @sourceQuote, @note, 'seed')
      ON CONFLICT (id) DO UPDATE SET series = excluded.series, gemeente = excluded.gemeente, seed_value = excluded.seed_value,
        value_high = excluded.value_high, period_from = excluded.period_from, period_to = excluded.period_to,
        peildatum = excluded.peildatum, expression = excluded.expression, variant = excluded.variant,
        source_document = excluded.source_document, source_place = excluded.source_place,
        source_quote = excluded.source_quote, note = excluded.note`);
    for (const f of dataset.figures) {
      upsertFigure.run({
        id: f.id,
        series: f.series,
        gemeente: f.gemeente,
        value: f.value,
        valueHigh: f.valueHigh ?? null,
        periodFrom: f.periodFrom,
        periodTo: f.periodTo,
        peildatum: f.peildatum,
        expression: f.expression ?? null,
        variant: f.variant ?? null,
        sourceDocument: f.source.document,
        sourcePlace: f.source.place,
        sourceQuote: f.source.quote ?? null,
        note: f.note ?? null,
      });
    }
    // Seed figures that a newer seed no longer has go; analyst figures stay.
    const keep = new Set(dataset.figures.map((f) => f.id));
    const seedIds = db.prepare("SELECT id FROM figure WHERE origin = 'seed'").pluck().all() as string[];
    const remove = db.prepare('DELETE FROM figure WHERE id = ?');
    for (const id of seedIds) if (!keep.has(id)) remove.run(id);

    const insertScenario = db.prepare('INSERT INTO scenario (id, builtin, created_at) VALUES (?, 1, ?) ON CONFLICT (id) DO NOTHING');
    const latest = db.prepare(
      'SELECT name, description, params FROM scenario_version WHERE scenario_id = ? ORDER BY version DESC LIMIT 1',
    );
    const insertVersion = db.prepare(
      `INSERT INTO scenario_version (scenario_id, version, name, description, params, saved_at)
       VALUES (?, (SELECT coalesce(max(version), 0) + 1 FROM scenario_version WHERE scenario_id = ?), ?, ?, ?, ?)`,
    );
    for (const s of seed.builtinScenarios) {
      insertScenario.run(s.id, now());
      const params = JSON.stringify(s.params);
      const current = latest.get(s.id) as { name: string; description: string; params: string } | undefined;
      if (current?.name === s.name && current.description === s.description && current.params === params) continue;
      insertVersion.run(s.id, s.id, s.name, s.description, params, now());
    }
    db.prepare(
      'INSERT INTO seed_state (id, hash, loaded_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, loaded_at = excluded.loaded_at',
    ).run(hash, now());
    return true;
  });
}
