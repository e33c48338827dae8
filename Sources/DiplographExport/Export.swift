public enum DiplographExport {}
