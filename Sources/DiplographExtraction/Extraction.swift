public enum DiplographExtraction {}
