import { PACK_FORMAT, PACK_FORMAT_VERSION, validatePack, type Pack, type PackDocument } from './format.ts';

/** Metadata of one seed file, as written in `seeds/metadata.json`. */
interface SeedMeta {
  title: string;
  outlet: string;
  author: string | null;
  published: string | null;
  url: string | null;
  language: string;
  sources: string[];
}

interface SeedMetadataFile {
  pack: { id: string; title: string; publisher: string; revision: number; created: string; expires: string | null };
  documents: Record<string, SeedMeta>;
}

/**
 * Builds the default pack from the seed texts and their metadata. The
 * document id is the file name without `.txt`; the text is kept unchanged.
 */
export function buildSeedPack(metadata: unknown, files: Record<string, string>): Pack {
  const meta = metadata as SeedMetadataFile;
  const documents: PackDocument[] = Object.keys(files)
    .sort()
    .map((name) => {
      const m = meta.documents[name];
      if (!m) throw new Error(`seeds/metadata.json has no entry for ${name}`);
      return {
        id: name.replace(/\.txt$/, ''),
        url: m.url,
        title: m.title,
        outlet: m.outlet,
        author: m.author,
        published: m.published,
        language: m.language,
        text: files[name]!,
        sources: m.sources,
      };
    });
  return validatePack({ format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, ...meta.pack, documents });
}
