// Placeholder CLI entry; the batch CLI issue replaces it.
process.stdout.write("thucthe: CLI not built yet\n");
